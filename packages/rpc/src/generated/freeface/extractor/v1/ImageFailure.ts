// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto


/**
 * Why one image of a batch failed.
 */
export interface ImageFailure {
  /**
   * the gRPC status name the same image would have failed Extract with, e.g. "INVALID_ARGUMENT"
   */
  'status'?: (string);
  /**
   * the stable FreeFace error code, e.g. "IMAGE_UNREADABLE"
   */
  'code'?: (string);
  /**
   * for a person
   */
  'message'?: (string);
}

/**
 * Why one image of a batch failed.
 */
export interface ImageFailure__Output {
  /**
   * the gRPC status name the same image would have failed Extract with, e.g. "INVALID_ARGUMENT"
   */
  'status': (string);
  /**
   * the stable FreeFace error code, e.g. "IMAGE_UNREADABLE"
   */
  'code': (string);
  /**
   * for a person
   */
  'message': (string);
}
