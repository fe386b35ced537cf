// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto

import type { ClusterStatus as _freeface_cluster_v1_ClusterStatus, ClusterStatus__Output as _freeface_cluster_v1_ClusterStatus__Output } from '../../../freeface/cluster/v1/ClusterStatus.js';

export interface ClusterFaceResponse {
  'faceId'?: (string);
  'status'?: (_freeface_cluster_v1_ClusterStatus);
  /**
   * empty when skipped
   */
  'clusterId'?: (string);
  /**
   * the person the face went to; empty: none yet (its cluster waits for more faces)
   */
  'personId'?: (string);
  /**
   * a new person was made from the face's cluster
   */
  'createdPerson'?: (boolean);
}

export interface ClusterFaceResponse__Output {
  'faceId': (string);
  'status': (_freeface_cluster_v1_ClusterStatus__Output);
  /**
   * empty when skipped
   */
  'clusterId': (string);
  /**
   * the person the face went to; empty: none yet (its cluster waits for more faces)
   */
  'personId': (string);
  /**
   * a new person was made from the face's cluster
   */
  'createdPerson': (boolean);
}
