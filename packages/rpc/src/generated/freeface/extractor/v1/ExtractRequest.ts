// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ExtractOptions as _freeface_extractor_v1_ExtractOptions, ExtractOptions__Output as _freeface_extractor_v1_ExtractOptions__Output } from '../../../freeface/extractor/v1/ExtractOptions.js';

export interface ExtractRequest {
  'image'?: (Buffer | Uint8Array | string);
  'options'?: (_freeface_extractor_v1_ExtractOptions | null);
}

export interface ExtractRequest__Output {
  'image': (Buffer);
  'options': (_freeface_extractor_v1_ExtractOptions__Output | null);
}
