// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto


/**
 * Milliseconds spent in each stage of the call, measured on the server.
 */
export interface StageTimings {
  'decodeMs'?: (number | string);
  'detectMs'?: (number | string);
  'qualityMs'?: (number | string);
  'alignMs'?: (number | string);
  'embedMs'?: (number | string);
}

/**
 * Milliseconds spent in each stage of the call, measured on the server.
 */
export interface StageTimings__Output {
  'decodeMs': (number);
  'detectMs': (number);
  'qualityMs': (number);
  'alignMs': (number);
  'embedMs': (number);
}
