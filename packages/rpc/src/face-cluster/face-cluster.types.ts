// face-cluster's requests and results as plain TypeScript (proto/face_cluster.proto, freeface.cluster.v1):
// what FaceClusterClient returns and what face-cluster's handlers produce. Absent ids are undefined here,
// empty strings on the wire (face-cluster.wire.ts converts).

export type ClusterStatus = 'clustered' | 'already' | 'skipped';

export interface ClusterFaceResult {
  readonly faceId: string;
  readonly status: ClusterStatus;
  readonly clusterId?: string;
  /** the person the face went to; undefined: none yet */
  readonly personId?: string;
  readonly createdPerson: boolean;
}

export interface AssignUnknownResult {
  readonly associated: number;
  readonly created: number;
  readonly pending: number;
}

export interface MergePersonsResult {
  readonly personId: string;
  readonly mergedPersonId: string;
  readonly movedFaces: number;
  readonly movedAppearances: number;
}

export interface MoveFaceResult {
  readonly faceId: string;
  readonly personId: string;
  readonly previousPersonId: string | undefined;
  readonly moved: boolean;
}

export interface ReclusterResult {
  readonly model: string;
  readonly threshold: number;
  readonly faces: number;
  readonly clusters: number;
  readonly personsKept: number;
  readonly personsCreated: number;
  readonly associated: number;
  readonly personsRemoved: number;
  readonly pending: number;
}

export interface ClusterInfo {
  readonly id: string;
  readonly model: string;
  readonly personId?: string;
  readonly faceIds: readonly string[];
  readonly updatedAt: Date;
}

export interface ClusterList {
  readonly model: string;
  /** largest first */
  readonly clusters: readonly ClusterInfo[];
  /** clusters of the model, however many were returned */
  readonly total: number;
}
