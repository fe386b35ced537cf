import { describe, expect, it } from 'vitest';
import type { Landmarks, Point } from '../types.js';
import { estimatePose } from './pose.js';

const five = (leftEye: Point, rightEye: Point, nose: Point): Landmarks => ({
  kind: 'five',
  points: [leftEye, rightEye, nose, { x: leftEye.x, y: 90 }, { x: rightEye.x, y: 90 }],
});
const rotate = (p: Point, degrees: number): Point => {
  const r = (degrees * Math.PI) / 180;
  return { x: p.x * Math.cos(r) - p.y * Math.sin(r), y: p.x * Math.sin(r) + p.y * Math.cos(r) };
};

describe('estimatePose', () => {
  it('is frontal and level for a symmetric face', () => {
    expect(estimatePose(five({ x: 40, y: 50 }, { x: 80, y: 50 }, { x: 60, y: 70 }))).toEqual({
      rollDegrees: 0,
      yaw: 0,
      pitch: 0,
      frontal: 1,
    });
  });

  it('measures pitch from the nose between the eye line and the mouth, and a frontal score from yaw and pitch', () => {
    const down = estimatePose(five({ x: 40, y: 50 }, { x: 80, y: 50 }, { x: 60, y: 80 }));
    expect(down.pitch).toBeCloseTo(0.5, 6);
    expect(down.frontal).toBeCloseTo(0.5, 6);
    const up = estimatePose(five({ x: 40, y: 50 }, { x: 80, y: 50 }, { x: 60, y: 55 }));
    expect(up.pitch).toBeCloseTo(-0.75, 6);
    expect(estimatePose(five({ x: 40, y: 50 }, { x: 80, y: 50 }, { x: 70, y: 70 })).frontal).toBeCloseTo(0.5, 6);
  });

  it('measures roll from the eye line, whatever the yaw', () => {
    const [l, r, n] = [
      { x: 40, y: 50 },
      { x: 80, y: 50 },
      { x: 70, y: 70 },
    ].map((p) => rotate(p, 25)) as [Point, Point, Point];
    const pose = estimatePose(five(l, r, n));
    expect(pose.rollDegrees).toBeCloseTo(25, 6);
    expect(pose.yaw).toBeCloseTo(0.5, 6);
  });

  it('goes to +-1 as the nose reaches an eye, and works on BlazeFace keypoints', () => {
    expect(estimatePose(five({ x: 40, y: 50 }, { x: 80, y: 50 }, { x: 40, y: 70 })).yaw).toBe(-1);
    const p = (x: number, y: number) => ({ x, y });
    const blaze: Landmarks = {
      kind: 'blazeface',
      points: [p(40, 50), p(80, 50), p(75, 70), p(70, 90), p(20, 55), p(90, 55)],
    };
    expect(estimatePose(blaze).yaw).toBeCloseTo(0.75, 6);
  });
});
