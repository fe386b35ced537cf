// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ExtractResponse as _freeface_extractor_v1_ExtractResponse, ExtractResponse__Output as _freeface_extractor_v1_ExtractResponse__Output } from '../../../freeface/extractor/v1/ExtractResponse.js';
import type { ImageFailure as _freeface_extractor_v1_ImageFailure, ImageFailure__Output as _freeface_extractor_v1_ImageFailure__Output } from '../../../freeface/extractor/v1/ImageFailure.js';

export interface ExtractBatchResult {
  /**
   * BatchImage.id of the image
   */
  'id'?: (string);
  'extracted'?: (_freeface_extractor_v1_ExtractResponse | null);
  'failure'?: (_freeface_extractor_v1_ImageFailure | null);
  'outcome'?: "extracted"|"failure";
}

export interface ExtractBatchResult__Output {
  /**
   * BatchImage.id of the image
   */
  'id': (string);
  'extracted'?: (_freeface_extractor_v1_ExtractResponse__Output | null);
  'failure'?: (_freeface_extractor_v1_ImageFailure__Output | null);
  'outcome'?: "extracted"|"failure";
}
