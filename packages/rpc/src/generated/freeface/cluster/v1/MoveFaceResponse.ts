// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MoveFaceResponse {
  'faceId'?: (string);
  'personId'?: (string);
  /**
   * empty: the face belonged to no person
   */
  'previousPersonId'?: (string);
  /**
   * false: it was the person's already
   */
  'moved'?: (boolean);
}

export interface MoveFaceResponse__Output {
  'faceId': (string);
  'personId': (string);
  /**
   * empty: the face belonged to no person
   */
  'previousPersonId': (string);
  /**
   * false: it was the person's already
   */
  'moved': (boolean);
}
