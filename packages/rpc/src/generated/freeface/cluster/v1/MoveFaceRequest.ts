// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MoveFaceRequest {
  'faceId'?: (string);
  /**
   * the person the face goes to
   */
  'personId'?: (string);
}

export interface MoveFaceRequest__Output {
  'faceId': (string);
  /**
   * the person the face goes to
   */
  'personId': (string);
}
