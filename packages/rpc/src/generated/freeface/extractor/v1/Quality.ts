// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { QualityReason as _freeface_extractor_v1_QualityReason, QualityReason__Output as _freeface_extractor_v1_QualityReason__Output } from '../../../freeface/extractor/v1/QualityReason.js';
import type { QualityMeasures as _freeface_extractor_v1_QualityMeasures, QualityMeasures__Output as _freeface_extractor_v1_QualityMeasures__Output } from '../../../freeface/extractor/v1/QualityMeasures.js';

export interface Quality {
  /**
   * 1: nothing against the face; lower for each problem, by how bad it is
   */
  'score'?: (number | string);
  /**
   * empty for a good face
   */
  'reasons'?: (_freeface_extractor_v1_QualityReason)[];
  'measures'?: (_freeface_extractor_v1_QualityMeasures | null);
}

export interface Quality__Output {
  /**
   * 1: nothing against the face; lower for each problem, by how bad it is
   */
  'score': (number);
  /**
   * empty for a good face
   */
  'reasons': (_freeface_extractor_v1_QualityReason__Output)[];
  'measures': (_freeface_extractor_v1_QualityMeasures__Output | null);
}
