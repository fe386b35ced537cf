import { describe, expect, it } from 'vitest';
import {
  boxOverlap,
  cosineSimilarity,
  identify,
  isMatch,
  largest,
  leftToRight,
  matchesAbove,
  rankPersons,
  resolveThreshold,
} from './matching.js';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('cosineSimilarity', () => {
  it('is 1 for the same direction, 0 for orthogonal, -1 for opposite, whatever the length', () => {
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0], [0, 5])).toBe(0);
    expect(cosineSimilarity(new Float32Array([1, 1]), new Float32Array([-3, -3]))).toBeCloseTo(-1, 6);
    expect(cosineSimilarity([3, 4], [4, 3])).toBeCloseTo(24 / 25, 12);
  });

  it('never leaves [-1, 1], gives 0 for a zero vector, and refuses vectors of different lengths', () => {
    const v = new Float32Array([0.1, 0.7, 0.7]);
    expect(cosineSimilarity(v, v)).toBeLessThanOrEqual(1);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
    expect(() => cosineSimilarity([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});

describe('thresholds', () => {
  it('takes the request override, else the configured value, and matches from the threshold on', () => {
    expect(resolveThreshold(undefined, 0.91)).toBe(0.91);
    expect(resolveThreshold(0.5, 0.91)).toBe(0.5);
    expect(resolveThreshold(0, 0.91)).toBe(0); // 0 is an override, not "unset"
    expect(() => resolveThreshold(1.5, 0.9)).toThrow(RangeError);
    expect(() => resolveThreshold(Number.NaN, 0.9)).toThrow(RangeError);
    expect(isMatch(0.9, 0.9)).toBe(true);
    expect(isMatch(0.8999, 0.9)).toBe(false);
  });

  it('keeps the candidates at or above the threshold, best first', () => {
    const candidates = [
      { faceId: 'a', similarity: 0.7 },
      { faceId: 'b', similarity: 0.95, personId: 'p' },
      { faceId: 'c', similarity: 0.9 },
    ];
    expect(matchesAbove(candidates, 0.9).map((c) => c.faceId)).toEqual(['b', 'c']);
    expect(matchesAbove(candidates, 0.99)).toEqual([]);
  });
});

describe('identifying a face', () => {
  const candidates = [
    { faceId: 'f1', personId: 'amy', similarity: 0.93 },
    { faceId: 'f2', personId: 'raj', similarity: 0.94 },
    { faceId: 'f3', personId: 'amy', similarity: 0.96 },
    { faceId: 'f4', similarity: 0.99 }, // a face of no person
    { faceId: 'f5', personId: 'raj', similarity: 0.91 },
  ];

  it('ranks persons by their most similar face, leaving out faces of no person', () => {
    expect(rankPersons(candidates)).toEqual([
      { personId: 'amy', faceId: 'f3', similarity: 0.96 },
      { personId: 'raj', faceId: 'f2', similarity: 0.94 },
    ]);
  });

  it('names the best person at or above the threshold', () => {
    expect(identify(candidates, 0.95)).toEqual({
      known: true,
      match: { personId: 'amy', faceId: 'f3', similarity: 0.96 },
    });
  });

  it('says unknown under the threshold, with the best similarity seen, or none when nothing was enrolled', () => {
    expect(identify(candidates, 0.97)).toEqual({ known: false, bestSimilarity: 0.96 });
    expect(identify([], 0.5)).toEqual({ known: false });
    expect(identify([{ faceId: 'x', similarity: 1 }], 0.5)).toEqual({ known: false });
  });
});

describe('faces in an image', () => {
  const faces = [
    { id: 'small', box: box(300, 10, 20, 20) },
    { id: 'big', box: box(100, 200, 80, 90) },
    { id: 'mid', box: box(5, 50, 40, 40) },
  ];

  it('finds the largest face by box area', () => {
    expect(largest(faces, (f) => f.box)?.id).toBe('big');
    expect(largest([], (f: (typeof faces)[number]) => f.box)).toBeUndefined();
  });

  it('orders faces left to right by x, then top to bottom', () => {
    expect(leftToRight(faces, (f) => f.box).map((f) => f.id)).toEqual(['mid', 'big', 'small']);
    const column = [{ box: box(10, 300, 5, 5) }, { box: box(10, 20, 5, 5) }];
    expect(leftToRight(column, (f) => f.box).map((f) => f.box.y)).toEqual([20, 300]);
    expect(faces[0]?.id).toBe('small'); // the input is left as it was
  });

  it('measures how much two boxes overlap', () => {
    expect(boxOverlap(box(0, 0, 10, 10), box(0, 0, 10, 10))).toBe(1);
    expect(boxOverlap(box(0, 0, 10, 10), box(5, 0, 10, 10))).toBeCloseTo(50 / 150, 12);
    expect(boxOverlap(box(0, 0, 10, 10), box(20, 20, 5, 5))).toBe(0);
  });
});
