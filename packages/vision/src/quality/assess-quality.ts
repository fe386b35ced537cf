import type { Config } from '@freeface/config';
import type { Detection, RgbImage } from '../types.js';
import { estimatePose } from './pose.js';
import { faceSharpness } from './sharpness.js';

/** The settings group `quality` fields this module reads. */
export type QualitySettings = Pick<Config['quality'], 'minFaceSize' | 'minDetectionScore' | 'minSharpness'>;

/** Why a face is not a good one, in words a person can act on (closer, sharper, facing the camera...). */
export type QualityReason = 'too_small' | 'blurred' | 'strong_pose' | 'low_score' | 'cut_at_edge';

export interface FaceQuality {
  /** 1: nothing against the face; lower for each problem, by how bad it is */
  readonly score: number;
  /** the problems found, in a fixed order; empty for a good face */
  readonly reasons: readonly QualityReason[];
  readonly measures: {
    /** longer side of the box, pixels */
    readonly size: number;
    readonly sharpness: number;
    /** pose from the landmarks (estimatePose): turn -1 to 1, tilt up/down -1 to 1, eye line in degrees, 0-1 frontal */
    readonly yaw: number;
    readonly pitch: number;
    readonly rollDegrees: number;
    readonly frontal: number;
    readonly detectionScore: number;
  };
}

/**
 * Where pose becomes "strong". Measured on the test set: frontal and mildly turned faces have |yaw| < 0.41 and
 * |roll| < 20 degrees; visibly turned heads (three-quarter views) have |yaw| 0.64 to 1.
 */
export const POSE_LIMITS = { maxYaw: 0.5, maxRollDegrees: 30 } as const;

/** Weight of a face cut by the image border: a reason worth reporting, too mild to drop a face on its own. */
const EDGE_FACTOR = 0.8;
/** Distance from the border, in pixels, at which a (clipped) box counts as touching it. */
const EDGE_TOLERANCE = 1;

const ratio = (value: number, limit: number) => (limit <= 0 ? 1 : Math.max(0, Math.min(1, value / limit)));
const beyond = (value: number, limit: number, worst: number) =>
  value <= limit ? 1 : Math.max(0, 1 - (value - limit) / (worst - limit));

/**
 * Quality of one detected face: each check gives a factor in [0, 1] (1 when it passes) and the score is their
 * product, so a face that fails one check badly, or several a little, scores low.
 */
export function assessQuality(image: RgbImage, face: Detection, settings: QualitySettings): FaceQuality {
  const { box } = face;
  const size = Math.max(box.width, box.height);
  const sharpness = faceSharpness(image, box);
  const { yaw, pitch, rollDegrees, frontal } = estimatePose(face.landmarks);
  const cut =
    box.x <= EDGE_TOLERANCE ||
    box.y <= EDGE_TOLERANCE ||
    box.x + box.width >= image.width - EDGE_TOLERANCE ||
    box.y + box.height >= image.height - EDGE_TOLERANCE;
  const factors: Array<[QualityReason, number]> = [
    ['too_small', ratio(size, settings.minFaceSize)],
    ['blurred', ratio(sharpness, settings.minSharpness)],
    [
      'strong_pose',
      beyond(Math.abs(yaw), POSE_LIMITS.maxYaw, 1) * beyond(Math.abs(rollDegrees), POSE_LIMITS.maxRollDegrees, 90),
    ],
    ['low_score', ratio(face.score, settings.minDetectionScore)],
    ['cut_at_edge', cut ? EDGE_FACTOR : 1],
  ];
  return {
    score: factors.reduce((product, [, f]) => product * f, 1),
    reasons: factors.filter(([, f]) => f < 1).map(([reason]) => reason),
    measures: { size, sharpness, yaw, pitch, rollDegrees, frontal, detectionScore: face.score },
  };
}
