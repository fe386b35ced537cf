// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface AssignUnknownRequest {
  /**
   * embedding model id; empty: the default embedder (settings models.embedder)
   */
  'model'?: (string);
}

export interface AssignUnknownRequest__Output {
  /**
   * embedding model id; empty: the default embedder (settings models.embedder)
   */
  'model': (string);
}
