// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

/**
 * Why a face is not a good one, in words a person can act on.
 */
export const QualityReason = {
  QUALITY_REASON_UNSPECIFIED: 'QUALITY_REASON_UNSPECIFIED',
  /**
   * come closer or send a larger image (settings quality.minFaceSize)
   */
  QUALITY_REASON_TOO_SMALL: 'QUALITY_REASON_TOO_SMALL',
  /**
   * hold still, focus (settings quality.minSharpness)
   */
  QUALITY_REASON_BLURRED: 'QUALITY_REASON_BLURRED',
  /**
   * face the camera
   */
  QUALITY_REASON_STRONG_POSE: 'QUALITY_REASON_STRONG_POSE',
  /**
   * the detector is unsure this is a face (settings quality.minDetectionScore)
   */
  QUALITY_REASON_LOW_SCORE: 'QUALITY_REASON_LOW_SCORE',
  /**
   * part of the face is outside the image
   */
  QUALITY_REASON_CUT_AT_EDGE: 'QUALITY_REASON_CUT_AT_EDGE',
} as const;

/**
 * Why a face is not a good one, in words a person can act on.
 */
export type QualityReason =
  | 'QUALITY_REASON_UNSPECIFIED'
  | 0
  /**
   * come closer or send a larger image (settings quality.minFaceSize)
   */
  | 'QUALITY_REASON_TOO_SMALL'
  | 1
  /**
   * hold still, focus (settings quality.minSharpness)
   */
  | 'QUALITY_REASON_BLURRED'
  | 2
  /**
   * face the camera
   */
  | 'QUALITY_REASON_STRONG_POSE'
  | 3
  /**
   * the detector is unsure this is a face (settings quality.minDetectionScore)
   */
  | 'QUALITY_REASON_LOW_SCORE'
  | 4
  /**
   * part of the face is outside the image
   */
  | 'QUALITY_REASON_CUT_AT_EDGE'
  | 5

/**
 * Why a face is not a good one, in words a person can act on.
 */
export type QualityReason__Output = typeof QualityReason[keyof typeof QualityReason]
