import { describe, expect, it } from 'vitest';
import type { Point } from '../types.js';
import {
  applySimilarity,
  estimateSimilarity,
  invertSimilarity,
  similarityAngle,
  similarityScale,
} from './similarity-transform.js';

const points: Point[] = [
  { x: 10, y: 20 },
  { x: 60, y: 22 },
  { x: 35, y: 50 },
  { x: 15, y: 80 },
  { x: 58, y: 79 },
];

describe('estimateSimilarity', () => {
  it('recovers a known rotation, scale and translation exactly', () => {
    const angle = 0.4;
    const scale = 1.7;
    const known = { a: scale * Math.cos(angle), b: scale * Math.sin(angle), tx: -12.5, ty: 33 };
    const moved = points.map((p) => applySimilarity(known, p));
    const found = estimateSimilarity(points, moved);
    expect(found.a).toBeCloseTo(known.a, 10);
    expect(found.b).toBeCloseTo(known.b, 10);
    expect(found.tx).toBeCloseTo(known.tx, 10);
    expect(found.ty).toBeCloseTo(known.ty, 10);
    expect(similarityScale(found)).toBeCloseTo(scale, 10);
    expect(similarityAngle(found)).toBeCloseTo(angle, 10);
  });

  it('is the least-squares fit under noise: no other similarity nearby does better', () => {
    const known = { a: 0.9, b: -0.2, tx: 5, ty: -3 };
    const noise = [0.5, -0.3, 0.2, -0.6, 0.4];
    const noisy = points.map((p, i) => {
      const q = applySimilarity(known, p);
      return { x: q.x + (noise[i] as number), y: q.y - (noise[(i + 2) % 5] as number) };
    });
    const found = estimateSimilarity(points, noisy);
    const cost = (m: typeof found) =>
      points.reduce((s, p, i) => {
        const q = applySimilarity(m, p);
        return s + (q.x - (noisy[i] as Point).x) ** 2 + (q.y - (noisy[i] as Point).y) ** 2;
      }, 0);
    const best = cost(found);
    for (const key of ['a', 'b', 'tx', 'ty'] as const)
      for (const step of [1e-3, -1e-3]) expect(cost({ ...found, [key]: found[key] + step })).toBeGreaterThan(best);
  });

  it('never reflects: a mirrored target gives a rotation, not a flip', () => {
    const mirrored = points.map((p) => ({ x: -p.x, y: p.y }));
    const found = estimateSimilarity(points, mirrored);
    // a similarity has determinant a^2 + b^2 > 0; a reflection would need a negative one
    expect(found.a * found.a + found.b * found.b).toBeGreaterThan(0);
    const q = applySimilarity(found, points[0] as Point);
    expect(Math.abs(q.x - (mirrored[0] as Point).x)).toBeGreaterThan(1);
  });

  it('inverts', () => {
    const m = { a: 1.2, b: 0.5, tx: 7, ty: -4 };
    const back = applySimilarity(invertSimilarity(m), applySimilarity(m, { x: 3, y: 9 }));
    expect(back.x).toBeCloseTo(3, 10);
    expect(back.y).toBeCloseTo(9, 10);
  });

  it('refuses degenerate input', () => {
    expect(() => estimateSimilarity([{ x: 1, y: 1 }], [{ x: 1, y: 1 }])).toThrow(/two point pairs/);
    expect(() =>
      estimateSimilarity(
        [
          { x: 1, y: 1 },
          { x: 1, y: 1 },
        ],
        points.slice(0, 2),
      ),
    ).toThrow(/coincide/);
  });
});
