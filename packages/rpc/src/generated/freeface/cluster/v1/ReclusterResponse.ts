// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface ReclusterResponse {
  'model'?: (string);
  'threshold'?: (number | string);
  /**
   * faces clustered again
   */
  'faces'?: (number);
  'clusters'?: (number);
  /**
   * persons made by clustering that carry on
   */
  'personsKept'?: (number);
  'personsCreated'?: (number);
  /**
   * clusters that went to a person someone made
   */
  'associated'?: (number);
  /**
   * persons made by clustering that no cluster carries on: deleted
   */
  'personsRemoved'?: (number);
  /**
   * clusters too small for a person
   */
  'pending'?: (number);
}

export interface ReclusterResponse__Output {
  'model': (string);
  'threshold': (number);
  /**
   * faces clustered again
   */
  'faces': (number);
  'clusters': (number);
  /**
   * persons made by clustering that carry on
   */
  'personsKept': (number);
  'personsCreated': (number);
  /**
   * clusters that went to a person someone made
   */
  'associated': (number);
  /**
   * persons made by clustering that no cluster carries on: deleted
   */
  'personsRemoved': (number);
  /**
   * clusters too small for a person
   */
  'pending': (number);
}
