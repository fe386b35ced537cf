// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MergeClustersResponse {
  'clusterId'?: (string);
  /**
   * the cluster merged into it, now gone
   */
  'mergedClusterId'?: (string);
  /**
   * faces that joined the cluster
   */
  'mergedFaces'?: (number);
  /**
   * the merged cluster's person; empty: none
   */
  'personId'?: (string);
}

export interface MergeClustersResponse__Output {
  'clusterId': (string);
  /**
   * the cluster merged into it, now gone
   */
  'mergedClusterId': (string);
  /**
   * faces that joined the cluster
   */
  'mergedFaces': (number);
  /**
   * the merged cluster's person; empty: none
   */
  'personId': (string);
}
