// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MergeClustersRequest {
  /**
   * the cluster that stays
   */
  'clusterId'?: (string);
  /**
   * the cluster merged into it
   */
  'fromClusterId'?: (string);
}

export interface MergeClustersRequest__Output {
  /**
   * the cluster that stays
   */
  'clusterId': (string);
  /**
   * the cluster merged into it
   */
  'fromClusterId': (string);
}
