// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface Cluster {
  'clusterId'?: (string);
  'model'?: (string);
  /**
   * empty: waiting for more faces
   */
  'personId'?: (string);
  'faceIds'?: (string)[];
  /**
   * ISO 8601
   */
  'updatedAt'?: (string);
}

export interface Cluster__Output {
  'clusterId': (string);
  'model': (string);
  /**
   * empty: waiting for more faces
   */
  'personId': (string);
  'faceIds': (string)[];
  /**
   * ISO 8601
   */
  'updatedAt': (string);
}
