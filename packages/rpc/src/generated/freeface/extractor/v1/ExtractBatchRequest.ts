// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { BatchImage as _freeface_extractor_v1_BatchImage, BatchImage__Output as _freeface_extractor_v1_BatchImage__Output } from '../../../freeface/extractor/v1/BatchImage.js';
import type { ExtractOptions as _freeface_extractor_v1_ExtractOptions, ExtractOptions__Output as _freeface_extractor_v1_ExtractOptions__Output } from '../../../freeface/extractor/v1/ExtractOptions.js';

export interface ExtractBatchRequest {
  /**
   * at most settings extractor.maxBatchImages; a larger batch fails with INVALID_ARGUMENT
   */
  'images'?: (_freeface_extractor_v1_BatchImage)[];
  /**
   * the same options for every image
   */
  'options'?: (_freeface_extractor_v1_ExtractOptions | null);
}

export interface ExtractBatchRequest__Output {
  /**
   * at most settings extractor.maxBatchImages; a larger batch fails with INVALID_ARGUMENT
   */
  'images': (_freeface_extractor_v1_BatchImage__Output)[];
  /**
   * the same options for every image
   */
  'options': (_freeface_extractor_v1_ExtractOptions__Output | null);
}
