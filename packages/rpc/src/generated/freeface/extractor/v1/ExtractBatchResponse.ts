// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ExtractBatchResult as _freeface_extractor_v1_ExtractBatchResult, ExtractBatchResult__Output as _freeface_extractor_v1_ExtractBatchResult__Output } from '../../../freeface/extractor/v1/ExtractBatchResult.js';

export interface ExtractBatchResponse {
  /**
   * one per image, in the order of the request
   */
  'results'?: (_freeface_extractor_v1_ExtractBatchResult)[];
}

export interface ExtractBatchResponse__Output {
  /**
   * one per image, in the order of the request
   */
  'results': (_freeface_extractor_v1_ExtractBatchResult__Output)[];
}
