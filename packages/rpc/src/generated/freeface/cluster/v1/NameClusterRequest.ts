// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface NameClusterRequest {
  'clusterId'?: (string);
  /**
   * the person's name; required
   */
  'name'?: (string);
  /**
   * the caller's own id for the person; empty: none
   */
  'externalId'?: (string);
  /**
   * the person's metadata, a JSON object; empty: none
   */
  'metadataJson'?: (string);
}

export interface NameClusterRequest__Output {
  'clusterId': (string);
  /**
   * the person's name; required
   */
  'name': (string);
  /**
   * the caller's own id for the person; empty: none
   */
  'externalId': (string);
  /**
   * the person's metadata, a JSON object; empty: none
   */
  'metadataJson': (string);
}
