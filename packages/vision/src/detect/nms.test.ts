import { describe, expect, it } from 'vitest';
import { type Candidate, iou, nonMaxSuppression, weightedNonMaxSuppression } from './nms.js';

const c = (x: number, y: number, size: number, score: number): Candidate => ({
  box: { x, y, width: size, height: size },
  score,
  points: [{ x: x + size / 2, y: y + size / 2 }],
});

describe('iou', () => {
  it('is 1 for the same box, 0 apart, and the known ratio in between', () => {
    expect(iou(c(0, 0, 10, 1).box, c(0, 0, 10, 1).box)).toBe(1);
    expect(iou(c(0, 0, 10, 1).box, c(20, 0, 10, 1).box)).toBe(0);
    expect(iou(c(0, 0, 10, 1).box, c(5, 0, 10, 1).box)).toBeCloseTo(50 / 150, 12);
  });
});

describe('nonMaxSuppression', () => {
  it('keeps the best of each overlapping group and every separate box, best first', () => {
    const kept = nonMaxSuppression([c(1, 0, 10, 0.8), c(0, 0, 10, 0.9), c(50, 50, 10, 0.7), c(2, 1, 10, 0.6)], 0.4);
    expect(kept.map((k) => k.score)).toEqual([0.9, 0.7]);
  });

  it('keeps boxes that overlap less than the threshold', () => {
    expect(nonMaxSuppression([c(0, 0, 10, 0.9), c(7, 0, 10, 0.8)], 0.4)).toHaveLength(2);
  });
});

describe('weightedNonMaxSuppression', () => {
  it('blends each group by score, keeping the best score', () => {
    const [merged, other] = weightedNonMaxSuppression([c(0, 0, 10, 0.75), c(2, 0, 10, 0.25), c(40, 40, 10, 0.5)], 0.3);
    expect(merged?.score).toBe(0.75);
    expect(merged?.box.x).toBeCloseTo(0.5, 12);
    expect(merged?.points[0]?.x).toBeCloseTo(5.5, 12);
    expect(other?.box.x).toBe(40);
  });
});
