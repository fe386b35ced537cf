// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { Box as _freeface_extractor_v1_Box, Box__Output as _freeface_extractor_v1_Box__Output } from '../../../freeface/extractor/v1/Box.js';
import type { Landmarks as _freeface_extractor_v1_Landmarks, Landmarks__Output as _freeface_extractor_v1_Landmarks__Output } from '../../../freeface/extractor/v1/Landmarks.js';
import type { Quality as _freeface_extractor_v1_Quality, Quality__Output as _freeface_extractor_v1_Quality__Output } from '../../../freeface/extractor/v1/Quality.js';

/**
 * One face found in an image, without embedding.
 */
export interface DetectedFace {
  /**
   * clipped to the image
   */
  'bbox'?: (_freeface_extractor_v1_Box | null);
  /**
   * detector confidence, 0 to 1
   */
  'detectionScore'?: (number | string);
  'landmarks'?: (_freeface_extractor_v1_Landmarks | null);
  'quality'?: (_freeface_extractor_v1_Quality | null);
}

/**
 * One face found in an image, without embedding.
 */
export interface DetectedFace__Output {
  /**
   * clipped to the image
   */
  'bbox': (_freeface_extractor_v1_Box__Output | null);
  /**
   * detector confidence, 0 to 1
   */
  'detectionScore': (number);
  'landmarks': (_freeface_extractor_v1_Landmarks__Output | null);
  'quality': (_freeface_extractor_v1_Quality__Output | null);
}
