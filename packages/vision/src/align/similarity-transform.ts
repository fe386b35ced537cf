import type { Point } from '../types.js';

/**
 * A 2-D similarity transform (rotation, uniform scale, translation; never a reflection):
 * x' = a*x - b*y + tx, y' = b*x + a*y + ty.
 */
export interface Similarity {
  readonly a: number;
  readonly b: number;
  readonly tx: number;
  readonly ty: number;
}

export const applySimilarity = (m: Similarity, p: Point): Point => ({
  x: m.a * p.x - m.b * p.y + m.tx,
  y: m.b * p.x + m.a * p.y + m.ty,
});

export function invertSimilarity(m: Similarity): Similarity {
  const d = m.a * m.a + m.b * m.b;
  if (d === 0) throw new Error('a similarity with zero scale has no inverse');
  const a = m.a / d;
  const b = -m.b / d;
  return { a, b, tx: -(a * m.tx - b * m.ty), ty: -(b * m.tx + a * m.ty) };
}

export const similarityScale = (m: Similarity): number => Math.hypot(m.a, m.b);
export const similarityAngle = (m: Similarity): number => Math.atan2(m.b, m.a);

/**
 * Least-squares similarity from `from` onto `to` (Umeyama, 1991, restricted to 2-D). In 2-D the rotation that
 * Umeyama's SVD yields, with the determinant fixed to +1, has the closed form used here: with both sets
 * centred, a = sum(x.u + y.v) / sum(x^2 + y^2), b = sum(x.v - y.u) / sum(x^2 + y^2). The result maps `from` as
 * close to `to` as any rotation + uniform scale + translation can; reflections are excluded by construction.
 */
export function estimateSimilarity(from: readonly Point[], to: readonly Point[]): Similarity {
  if (from.length !== to.length || from.length < 2)
    throw new Error(`need at least two point pairs, got ${from.length} and ${to.length}`);
  const mean = (ps: readonly Point[]) => ({
    x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
    y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
  });
  const mf = mean(from);
  const mt = mean(to);
  let dot = 0;
  let cross = 0;
  let norm = 0;
  from.forEach((p, i) => {
    const q = to[i] as Point;
    const x = p.x - mf.x;
    const y = p.y - mf.y;
    const u = q.x - mt.x;
    const v = q.y - mt.y;
    dot += x * u + y * v;
    cross += x * v - y * u;
    norm += x * x + y * y;
  });
  if (norm === 0) throw new Error('the source points all coincide');
  const a = dot / norm;
  const b = cross / norm;
  return { a, b, tx: mt.x - (a * mf.x - b * mf.y), ty: mt.y - (b * mf.x + a * mf.y) };
}
