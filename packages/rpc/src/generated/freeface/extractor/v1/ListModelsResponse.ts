// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ModelInfo as _freeface_extractor_v1_ModelInfo, ModelInfo__Output as _freeface_extractor_v1_ModelInfo__Output } from '../../../freeface/extractor/v1/ModelInfo.js';

export interface ListModelsResponse {
  'models'?: (_freeface_extractor_v1_ModelInfo)[];
}

export interface ListModelsResponse__Output {
  'models': (_freeface_extractor_v1_ModelInfo__Output)[];
}
