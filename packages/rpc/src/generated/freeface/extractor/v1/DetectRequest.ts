// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { DetectOptions as _freeface_extractor_v1_DetectOptions, DetectOptions__Output as _freeface_extractor_v1_DetectOptions__Output } from '../../../freeface/extractor/v1/DetectOptions.js';

export interface DetectRequest {
  /**
   * JPEG, PNG or WebP, at most settings images.maxBytes bytes and images.maxPixels pixels
   */
  'image'?: (Buffer | Uint8Array | string);
  'options'?: (_freeface_extractor_v1_DetectOptions | null);
}

export interface DetectRequest__Output {
  /**
   * JPEG, PNG or WebP, at most settings images.maxBytes bytes and images.maxPixels pixels
   */
  'image': (Buffer);
  'options': (_freeface_extractor_v1_DetectOptions__Output | null);
}
