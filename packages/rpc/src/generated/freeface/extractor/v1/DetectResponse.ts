// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ImageInfo as _freeface_extractor_v1_ImageInfo, ImageInfo__Output as _freeface_extractor_v1_ImageInfo__Output } from '../../../freeface/extractor/v1/ImageInfo.js';
import type { DetectedFace as _freeface_extractor_v1_DetectedFace, DetectedFace__Output as _freeface_extractor_v1_DetectedFace__Output } from '../../../freeface/extractor/v1/DetectedFace.js';
import type { StageTimings as _freeface_extractor_v1_StageTimings, StageTimings__Output as _freeface_extractor_v1_StageTimings__Output } from '../../../freeface/extractor/v1/StageTimings.js';

export interface DetectResponse {
  'image'?: (_freeface_extractor_v1_ImageInfo | null);
  /**
   * the detector that ran
   */
  'detectorModelId'?: (string);
  /**
   * faces at or above min_quality, best detection score first
   */
  'faces'?: (_freeface_extractor_v1_DetectedFace)[];
  /**
   * faces under min_quality (empty when drop_below_quality is set)
   */
  'rejectedFaces'?: (_freeface_extractor_v1_DetectedFace)[];
  'timings'?: (_freeface_extractor_v1_StageTimings | null);
}

export interface DetectResponse__Output {
  'image': (_freeface_extractor_v1_ImageInfo__Output | null);
  /**
   * the detector that ran
   */
  'detectorModelId': (string);
  /**
   * faces at or above min_quality, best detection score first
   */
  'faces': (_freeface_extractor_v1_DetectedFace__Output)[];
  /**
   * faces under min_quality (empty when drop_below_quality is set)
   */
  'rejectedFaces': (_freeface_extractor_v1_DetectedFace__Output)[];
  'timings': (_freeface_extractor_v1_StageTimings__Output | null);
}
