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
}

export function estimatePose(landmarks: Landmarks): PoseEstimate {
  const { leftEye, rightEye, nose } = corePoints(landmarks);
  const ex = rightEye.x - leftEye.x;
  const ey = rightEye.y - leftEye.y;
  const length = Math.hypot(ex, ey);
  if (length === 0) return { rollDegrees: 0, yaw: 1 };
  // nose position along the eye line: 0 at the left eye, 1 at the right eye
  const t = ((nose.x - leftEye.x) * ex + (nose.y - leftEye.y) * ey) / (length * length);
  // (dL - dR) / (dL + dR) with dL = t and dR = 1 - t
  const yaw = Math.max(-1, Math.min(1, 2 * t - 1));
  return { rollDegrees: (Math.atan2(ey, ex) * 180) / Math.PI, yaw };
}
