// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto

import type { Cluster as _freeface_cluster_v1_Cluster, Cluster__Output as _freeface_cluster_v1_Cluster__Output } from '../../../freeface/cluster/v1/Cluster.js';

export interface ListClustersResponse {
  'model'?: (string);
  'clusters'?: (_freeface_cluster_v1_Cluster)[];
  /**
   * clusters of the model, however many were returned
   */
  'total'?: (number);
}

export interface ListClustersResponse__Output {
  'model': (string);
  'clusters': (_freeface_cluster_v1_Cluster__Output)[];
  /**
   * clusters of the model, however many were returned
   */
  'total': (number);
}
