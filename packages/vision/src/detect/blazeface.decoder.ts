import type { Point } from '../types.js';
import type { Candidate } from './nms.js';

/**
 * MediaPipe's SSD anchors for BlazeFace, as the packaged front (128) and back (256) models use them: a 16x16 grid
 * with 2 anchors per cell, then an 8x8 grid with 6 per cell (the four coarsest layers share one grid); anchors
 * of fixed unit size, centred in their cell. Coordinates are normalised to [0, 1]; the order is the model's:
 * grid, then row, then column, then anchor.
 */
export const BLAZEFACE_GRIDS = [
  { cells: 16, anchorsPerCell: 2 },
  { cells: 8, anchorsPerCell: 6 },
] as const;

export function blazeFaceAnchors(): Float32Array {
  const centres: number[] = [];
  for (const { cells, anchorsPerCell } of BLAZEFACE_GRIDS)
    for (let row = 0; row < cells; row++)
      for (let col = 0; col < cells; col++)
        for (let a = 0; a < anchorsPerCell; a++) centres.push((col + 0.5) / cells, (row + 0.5) / cells);
  return Float32Array.from(centres);
}

export const BLAZEFACE_VALUES_PER_ANCHOR = 16;
const SCORE_CLIP = 100;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, x))));

/**
 * Candidates above `threshold` in input pixel coordinates. `scores` holds one logit per anchor; `boxes` holds
 * 16 values per anchor, in input pixels relative to the anchor centre: box centre x, y, width, height, then x, y
 * of six keypoints.
 */
export function decodeBlazeFace(
  scores: Float32Array,
  boxes: Float32Array,
  anchors: Float32Array,
  inputSize: number,
  threshold: number,
): Candidate[] {
  const candidates: Candidate[] = [];
  const count = anchors.length / 2;
  for (let n = 0; n < count; n++) {
    const score = sigmoid(scores[n] as number);
    if (!(score >= threshold)) continue;
    const ax = (anchors[n * 2] as number) * inputSize;
    const ay = (anchors[n * 2 + 1] as number) * inputSize;
    const v = boxes.subarray(n * BLAZEFACE_VALUES_PER_ANCHOR, (n + 1) * BLAZEFACE_VALUES_PER_ANCHOR);
    const [cx, cy, w, h] = [ax + (v[0] as number), ay + (v[1] as number), v[2] as number, v[3] as number];
    const points: Point[] = [];
    for (let k = 0; k < 6; k++) points.push({ x: ax + (v[4 + k * 2] as number), y: ay + (v[5 + k * 2] as number) });
    candidates.push({ box: { x: cx - w / 2, y: cy - h / 2, width: w, height: h }, score, points });
  }
  return candidates;
}
