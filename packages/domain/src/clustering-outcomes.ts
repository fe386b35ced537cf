// What the clustering's operations return. Here rather than in @freeface/clustering because two packages
// speak of them: the clustering, which makes them, and @freeface/rpc, which carries them over gRPC
// (freeface.cluster.v1) and which the clustering itself depends on to serve them.

/** What happened to one face. */
export interface ClusterOutcome {
  readonly faceId: string;
  /** clustered: placed now; already: it was in a cluster before; skipped: gone, or it has a person */
  readonly status: 'clustered' | 'already' | 'skipped';
  readonly clusterId?: string;
  /** the person the face went to, if any */
  readonly personId?: string;
  /** a new person was made from its cluster */
  readonly createdPerson: boolean;
}

export interface UnknownOutcome {
  /** pending clusters that went to an existing person */
  readonly associated: number;
  /** pending clusters that became new persons */
  readonly created: number;
  /** clusters still waiting for more faces */
  readonly pending: number;
}

export interface MovedFace {
  readonly faceId: string;
  readonly personId: string;
  /** undefined: it belonged to no person */
  readonly previousPersonId: string | undefined;
  /** false: it was the person's already */
  readonly moved: boolean;
}

export interface MergedPersons {
  /** the person that stays */
  readonly personId: string;
  /** the person merged into it, now deleted */
  readonly mergedPersonId: string;
  readonly movedFaces: number;
  readonly movedAppearances: number;
}

export interface ReclusterReport {
  readonly model: string;
  readonly threshold: number;
  /** faces clustered again: unassigned ones and those of persons made by clustering */
  readonly faces: number;
  readonly clusters: number;
  /** persons made by clustering that carry on (with the faces of the cluster that holds most of theirs) */
  readonly personsKept: number;
  readonly personsCreated: number;
  /** clusters that went to a person someone made (auto_associate) */
  readonly associated: number;
  /** persons made by clustering that no cluster carries on: deleted */
  readonly personsRemoved: number;
  /** clusters too small for a person, waiting for more faces */
  readonly pending: number;
}

/** What a cluster is named into: a person with these fields. */
export interface ClusterNaming {
  readonly name: string;
  readonly externalId?: string | undefined;
  readonly metadata?: Record<string, unknown> | undefined;
}

export interface NamedCluster {
  readonly clusterId: string;
  readonly personId: string;
  /** true: a new person was made; false: the person clustering had made of it was named */
  readonly createdPerson: boolean;
  /** faces of the cluster that went to the person now (none when they were its already) */
  readonly assignedFaces: number;
}

export interface FaceMovedOut {
  readonly faceId: string;
  /** the cluster of its own the face is in now */
  readonly clusterId: string;
  readonly previousClusterId: string;
  /** the person of the cluster it left, which it left too; undefined: none */
  readonly previousPersonId: string | undefined;
}

export interface MergedClusters {
  /** the cluster that stays, with the faces of both */
  readonly clusterId: string;
  /** the cluster merged into it, now gone */
  readonly mergedClusterId: string;
  /** faces that joined the cluster */
  readonly mergedFaces: number;
  /** the person of the merged cluster; undefined: none (it waits for more faces) */
  readonly personId: string | undefined;
}
