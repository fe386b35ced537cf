import { describe, expect, it } from 'vitest';
import { l2Normalize } from './l2-normalize.js';
import {
  bestThreshold,
  distribution,
  type LabelledVector,
  pairSimilarities,
  rank1Accuracy,
  similarity,
  strangerMatches,
} from './verification-metrics.js';

const at = (label: string, degrees: number): LabelledVector => {
  const r = (degrees * Math.PI) / 180;
  return { label, vector: l2Normalize(new Float32Array([Math.cos(r), Math.sin(r)])) };
};

describe('verification metrics', () => {
  // two people on a circle: a around 0 degrees, b around 90; b's third face sits closer to a
  const items = [at('a', 0), at('a', 10), at('a', 20), at('b', 90), at('b', 100), at('b', 32)];

  it('splits pairs into genuine and impostor similarities', () => {
    const { genuine, impostor } = pairSimilarities(items);
    expect(genuine).toHaveLength(6);
    expect(impostor).toHaveLength(9);
    expect(Math.max(...genuine)).toBeCloseTo(Math.cos((10 * Math.PI) / 180), 6);
    expect(Math.max(...impostor)).toBeCloseTo(Math.cos((12 * Math.PI) / 180), 6); // a@20 vs b@32
    expect(distribution([1, 2, 6])).toEqual({ count: 3, mean: 3, min: 1, max: 6 });
  });

  it('finds the threshold that separates separable scores completely, midway in the gap', () => {
    const result = bestThreshold([0.9, 0.8, 0.7], [0.1, 0.3, 0.5]);
    expect(result.balancedAccuracy).toBe(1);
    expect(result.accuracy).toBe(1);
    expect(result.threshold).toBeGreaterThan(0.5);
    expect(result.threshold).toBeLessThan(0.7);
    const overlapping = bestThreshold([0.9, 0.8, 0.4], [0.1, 0.3, 0.5]);
    expect(overlapping.balancedAccuracy).toBeLessThan(1);
    expect(overlapping.trueAcceptRate + overlapping.trueRejectRate).toBeCloseTo(2 * overlapping.balancedAccuracy, 9);
  });

  it('counts leave-one-out rank-1 hits', () => {
    // b@32 is nearest a@20: the only miss
    expect(rank1Accuracy(items)).toBeCloseTo(5 / 6, 9);
    // a@0 and b@90 are orthogonal
    expect(similarity(at('a', 0).vector, at('b', 90).vector)).toBeCloseTo(0, 6);
  });

  it('reports strangers that would match someone at the threshold', () => {
    const [far, near] = strangerMatches(items.slice(0, 3), [at('x', 200), at('y', 25)], 0.95);
    expect(far).toMatchObject({ label: 'x', bestMatch: 'a', falseMatch: false });
    expect(near).toMatchObject({ label: 'y', bestMatch: 'a', falseMatch: true });
    expect(near?.similarity).toBeCloseTo(Math.cos((5 * Math.PI) / 180), 6);
  });
});
