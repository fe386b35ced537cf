// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto


export interface QualityMeasures {
  /**
   * longer side of the box, pixels
   */
  'size'?: (number | string);
  /**
   * variance of the Laplacian of the face resampled to 96 px
   */
  'sharpness'?: (number | string);
  /**
   * left-right turn estimated from the landmarks, -1 to 1 (0: frontal)
   */
  'yaw'?: (number | string);
  /**
   * in-plane tilt of the eye line, degrees
   */
  'rollDegrees'?: (number | string);
  'detectionScore'?: (number | string);
  /**
   * up-down tilt estimated from the landmarks, -1 (looking up) to 1 (looking down), 0: level
   */
  'pitch'?: (number | string);
  /**
   * 1 for a face straight at the camera, down to 0 as it turns or tilts away (1 - max(|yaw|, |pitch|))
   */
  'frontal'?: (number | string);
}

export interface QualityMeasures__Output {
  /**
   * longer side of the box, pixels
   */
  'size': (number);
  /**
   * variance of the Laplacian of the face resampled to 96 px
   */
  'sharpness': (number);
  /**
   * left-right turn estimated from the landmarks, -1 to 1 (0: frontal)
   */
  'yaw': (number);
  /**
   * in-plane tilt of the eye line, degrees
   */
  'rollDegrees': (number);
  'detectionScore': (number);
  /**
   * up-down tilt estimated from the landmarks, -1 (looking up) to 1 (looking down), 0: level
   */
  'pitch': (number);
  /**
   * 1 for a face straight at the camera, down to 0 as it turns or tilts away (1 - max(|yaw|, |pitch|))
   */
  'frontal': (number);
}
