// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { LandmarkScheme as _freeface_extractor_v1_LandmarkScheme, LandmarkScheme__Output as _freeface_extractor_v1_LandmarkScheme__Output } from '../../../freeface/extractor/v1/LandmarkScheme.js';
import type { Point as _freeface_extractor_v1_Point, Point__Output as _freeface_extractor_v1_Point__Output } from '../../../freeface/extractor/v1/Point.js';

export interface Landmarks {
  'scheme'?: (_freeface_extractor_v1_LandmarkScheme);
  /**
   * in the order of the scheme
   */
  'points'?: (_freeface_extractor_v1_Point)[];
}

export interface Landmarks__Output {
  'scheme': (_freeface_extractor_v1_LandmarkScheme__Output);
  /**
   * in the order of the scheme
   */
  'points': (_freeface_extractor_v1_Point__Output)[];
}
