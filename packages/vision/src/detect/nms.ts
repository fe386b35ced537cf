import type { Box, Point } from '../types.js';

/** A decoded, not yet suppressed detection: box, score and keypoints in one coordinate frame. */
export interface Candidate {
  readonly box: Box;
  readonly score: number;
  readonly points: readonly Point[];
}

/** Intersection over union of two boxes (0 when either is empty). */
export function iou(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  const union = a.width * a.height + b.width * b.height - inter;
  return union > 0 ? inter / union : 0;
}

const byScore = (candidates: readonly Candidate[]) => [...candidates].sort((a, b) => b.score - a.score);

/** Greedy non-maximum suppression: keeps the best-scored candidate of every group overlapping above `threshold`. */
export function nonMaxSuppression(candidates: readonly Candidate[], threshold: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of byScore(candidates))
    if (kept.every((k) => iou(k.box, candidate.box) <= threshold)) kept.push(candidate);
  return kept;
}

/**
 * Weighted non-maximum suppression (as MediaPipe blends SSD outputs): each group overlapping the best remaining
 * candidate above `threshold` becomes one detection whose box and keypoints are the score-weighted mean of the
 * group, with the best score. Steadier boxes than hard suppression for dense-anchor detectors.
 */
export function weightedNonMaxSuppression(candidates: readonly Candidate[], threshold: number): Candidate[] {
  let remaining = byScore(candidates);
  const merged: Candidate[] = [];
  while (remaining.length > 0) {
    const best = remaining[0] as Candidate;
    const group = remaining.filter((c) => iou(best.box, c.box) > threshold || c === best);
    remaining = remaining.filter((c) => !group.includes(c));
    merged.push(blend(group, best.score));
  }
  return merged;
}

function blend(group: readonly Candidate[], score: number): Candidate {
  const total = group.reduce((sum, c) => sum + c.score, 0);
  const mean = (pick: (c: Candidate) => number) => group.reduce((sum, c) => sum + pick(c) * c.score, 0) / total;
  const first = group[0] as Candidate;
  return {
    score,
    box: {
      x: mean((c) => c.box.x),
      y: mean((c) => c.box.y),
      width: mean((c) => c.box.width),
      height: mean((c) => c.box.height),
    },
    points: first.points.map((_, i) => ({ x: mean((c) => c.points[i]?.x ?? 0), y: mean((c) => c.points[i]?.y ?? 0) })),
  };
}
