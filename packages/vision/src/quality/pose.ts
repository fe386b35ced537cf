import { corePoints } from '../align/face-points.js';
import type { Landmarks } from '../types.js';

export interface PoseEstimate {
  /** eye line angle from horizontal, degrees (positive: clockwise in the image) */
  readonly rollDegrees: number;
  /**
   * head turn from the landmark geometry: (dL - dR) / (dL + dR), where dL and dR are the nose tip's horizontal
   * distances to the left and right eye, measured along the eye line. 0 frontal; about +-0.3 at 30-40 degrees
   * of yaw; +-1 when the nose reaches an eye (profile).
   */
  readonly yaw: number;
  /**
   * head tilt up or down: where the nose tip lies between the eye line and the mouth, from -1 (at the eye line:
   * looking up) through 0 (half way, as on the ArcFace template, whose nose sits at 0.495 of that span) to +1 (at
   * the mouth: looking down)
   */
  readonly pitch: number;
  /** 1 for a face straight at the camera, falling to 0 as it turns or tilts away (1 - the larger of |yaw|, |pitch|) */
  readonly frontal: number;
}

const clamp = (v: number) => Math.max(-1, Math.min(1, v));

export function estimatePose(landmarks: Landmarks): PoseEstimate {
  const { leftEye, rightEye, nose, mouth } = corePoints(landmarks);
  const ex = rightEye.x - leftEye.x;
  const ey = rightEye.y - leftEye.y;
  const length = Math.hypot(ex, ey);
  if (length === 0) return { rollDegrees: 0, yaw: 1, pitch: 0, frontal: 0 };
  // nose position along the eye line: 0 at the left eye, 1 at the right eye
  const t = ((nose.x - leftEye.x) * ex + (nose.y - leftEye.y) * ey) / (length * length);
  // (dL - dR) / (dL + dR) with dL = t and dR = 1 - t
  const yaw = clamp(2 * t - 1);
  // nose position from the eye line (0) to the mouth (1), along the line from the eyes' midpoint to the mouth
  const eyes = { x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 };
  const [mx, my] = [mouth.x - eyes.x, mouth.y - eyes.y];
  const span = mx * mx + my * my;
  const s = span === 0 ? 0.5 : ((nose.x - eyes.x) * mx + (nose.y - eyes.y) * my) / span;
  const pitch = clamp(2 * s - 1);
  return {
    rollDegrees: (Math.atan2(ey, ex) * 180) / Math.PI,
    yaw,
    pitch,
    frontal: 1 - Math.max(Math.abs(yaw), Math.abs(pitch)),
  };
}
