// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MergePersonsRequest {
  /**
   * the person that stays
   */
  'personId'?: (string);
  /**
   * the person merged into it; deleted afterwards
   */
  'fromPersonId'?: (string);
}

export interface MergePersonsRequest__Output {
  /**
   * the person that stays
   */
  'personId': (string);
  /**
   * the person merged into it; deleted afterwards
   */
  'fromPersonId': (string);
}
