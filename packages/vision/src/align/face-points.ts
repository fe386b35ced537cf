import type { Landmarks, Point } from '../types.js';

/** The points every detector gives: eye centres, nose tip and mouth centre ("left" as seen in the image). */
export interface CorePoints {
  readonly leftEye: Point;
  readonly rightEye: Point;
  readonly nose: Point;
  readonly mouth: Point;
}

export const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** Eyes, nose tip and mouth centre of any landmark scheme (the mouth centre of five points is the corners' midpoint). */
export function corePoints(landmarks: Landmarks): CorePoints {
  if (landmarks.kind === 'five') {
    const [leftEye, rightEye, nose, mouthLeft, mouthRight] = landmarks.points;
    return { leftEye, rightEye, nose, mouth: midpoint(mouthLeft, mouthRight) };
  }
  const [leftEye, rightEye, nose, mouth] = landmarks.points;
  return { leftEye, rightEye, nose, mouth };
}

export const corePointList = (p: CorePoints): Point[] => [p.leftEye, p.rightEye, p.nose, p.mouth];
