// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto


export interface DetectOptions {
  /**
   * detector model id (see ListModels); default: settings models.detector
   */
  'detector'?: (string);
  /**
   * faces scoring under this quality are not kept; default: settings quality.threshold (0 keeps every face)
   */
  'minQuality'?: (number | string);
  /**
   * true: faces under min_quality are left out; false (default): they come back in rejected_faces, with reasons
   */
  'dropBelowQuality'?: (boolean);
  '_detector'?: "detector";
  '_minQuality'?: "minQuality";
}

export interface DetectOptions__Output {
  /**
   * detector model id (see ListModels); default: settings models.detector
   */
  'detector'?: (string);
  /**
   * faces scoring under this quality are not kept; default: settings quality.threshold (0 keeps every face)
   */
  'minQuality'?: (number);
  /**
   * true: faces under min_quality are left out; false (default): they come back in rejected_faces, with reasons
   */
  'dropBelowQuality': (boolean);
  '_detector'?: "detector";
  '_minQuality'?: "minQuality";
}
