// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto

export const ClusterStatus = {
  CLUSTER_STATUS_UNSPECIFIED: 'CLUSTER_STATUS_UNSPECIFIED',
  /**
   * placed in a cluster now
   */
  CLUSTER_STATUS_CLUSTERED: 'CLUSTER_STATUS_CLUSTERED',
  /**
   * it was in a cluster before: nothing changed
   */
  CLUSTER_STATUS_ALREADY: 'CLUSTER_STATUS_ALREADY',
  /**
   * it belongs to a person already, or its vector is gone
   */
  CLUSTER_STATUS_SKIPPED: 'CLUSTER_STATUS_SKIPPED',
} as const;

export type ClusterStatus =
  | 'CLUSTER_STATUS_UNSPECIFIED'
  | 0
  /**
   * placed in a cluster now
   */
  | 'CLUSTER_STATUS_CLUSTERED'
  | 1
  /**
   * it was in a cluster before: nothing changed
   */
  | 'CLUSTER_STATUS_ALREADY'
  | 2
  /**
   * it belongs to a person already, or its vector is gone
   */
  | 'CLUSTER_STATUS_SKIPPED'
  | 3

export type ClusterStatus__Output = typeof ClusterStatus[keyof typeof ClusterStatus]
