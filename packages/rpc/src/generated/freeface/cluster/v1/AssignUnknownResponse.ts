// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface AssignUnknownResponse {
  /**
   * clusters that went to an existing person
   */
  'associated'?: (number);
  /**
   * clusters that became new persons
   */
  'created'?: (number);
  /**
   * clusters still waiting for more faces
   */
  'pending'?: (number);
}

export interface AssignUnknownResponse__Output {
  /**
   * clusters that went to an existing person
   */
  'associated': (number);
  /**
   * clusters that became new persons
   */
  'created': (number);
  /**
   * clusters still waiting for more faces
   */
  'pending': (number);
}
