// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto


export interface BatchImage {
  /**
   * the caller's name for the image, echoed in its result (need not be unique)
   */
  'id'?: (string);
  'image'?: (Buffer | Uint8Array | string);
}

export interface BatchImage__Output {
  /**
   * the caller's name for the image, echoed in its result (need not be unique)
   */
  'id': (string);
  'image': (Buffer);
}
