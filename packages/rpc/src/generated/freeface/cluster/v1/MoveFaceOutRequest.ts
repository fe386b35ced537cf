// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/face_cluster.proto


export interface MoveFaceOutRequest {
  'clusterId'?: (string);
  'faceId'?: (string);
}

export interface MoveFaceOutRequest__Output {
  'clusterId': (string);
  'faceId': (string);
}
