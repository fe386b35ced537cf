// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MoveFaceOutResponse {
  'faceId'?: (string);
  /**
   * the cluster of its own the face is in now
   */
  'clusterId'?: (string);
  'previousClusterId'?: (string);
  /**
   * the person of the cluster it left; empty: none
   */
  'previousPersonId'?: (string);
}

export interface MoveFaceOutResponse__Output {
  'faceId': (string);
  /**
   * the cluster of its own the face is in now
   */
  'clusterId': (string);
  'previousClusterId': (string);
  /**
   * the person of the cluster it left; empty: none
   */
  'previousPersonId': (string);
}
