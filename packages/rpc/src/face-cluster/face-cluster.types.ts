// face-cluster's results of its own: the list of clusters. The other results are the clustering's
// (@freeface/domain clustering-outcomes.ts); face-cluster.convert.ts carries both over the wire.
import type { FaceCluster } from '@freeface/domain';

/** A cluster as face-cluster lists it: the domain's, without its centroid. */
export type ClusterInfo = Readonly<Pick<FaceCluster, 'id' | 'model' | 'personId' | 'faceIds' | 'updatedAt'>>;

export interface ClusterList {
  readonly model: string;
  /** largest first */
  readonly clusters: readonly ClusterInfo[];
  /** clusters of the model, however many were returned */
  readonly total: number;
}
