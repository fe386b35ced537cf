// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface ReclusterRequest {
  /**
   * embedding model id; empty: the default embedder
   */
  'model'?: (string);
  /**
   * instead of the configured threshold, for this run (average cosine similarity, -1 to 1)
   */
  'threshold'?: (number | string);
  '_threshold'?: "threshold";
}

export interface ReclusterRequest__Output {
  /**
   * embedding model id; empty: the default embedder
   */
  'model': (string);
  /**
   * instead of the configured threshold, for this run (average cosine similarity, -1 to 1)
   */
  'threshold'?: (number);
  '_threshold'?: "threshold";
}
