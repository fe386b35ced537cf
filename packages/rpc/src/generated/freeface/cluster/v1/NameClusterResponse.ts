// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface NameClusterResponse {
  'clusterId'?: (string);
  'personId'?: (string);
  /**
   * true: a new person was made; false: the person clustering had made of it was named
   */
  'createdPerson'?: (boolean);
  /**
   * faces of the cluster that went to the person now
   */
  'assignedFaces'?: (number);
}

export interface NameClusterResponse__Output {
  'clusterId': (string);
  'personId': (string);
  /**
   * true: a new person was made; false: the person clustering had made of it was named
   */
  'createdPerson': (boolean);
  /**
   * faces of the cluster that went to the person now
   */
  'assignedFaces': (number);
}
