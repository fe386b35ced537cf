// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface ListClustersRequest {
  /**
   * embedding model id; empty: the default embedder
   */
  'model'?: (string);
  /**
   * most clusters returned, largest first; 0: all
   */
  'limit'?: (number);
}

export interface ListClustersRequest__Output {
  /**
   * embedding model id; empty: the default embedder
   */
  'model': (string);
  /**
   * most clusters returned, largest first; 0: all
   */
  'limit': (number);
}
