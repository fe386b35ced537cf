import type { Point } from '../types.js';
import type { Candidate } from './nms.js';

/** SCRFD's strides; two anchors per cell, centred on the cell's corner (InsightFace's anchor_centers). */
export const SCRFD_STRIDES = [8, 16, 32] as const;
export const SCRFD_ANCHORS_PER_CELL = 2;

/** SCRFD's outputs at one stride, in the order row, column, anchor. */
export interface ScrfdLevel {
  readonly stride: number;
  readonly columns: number;
  readonly rows: number;
  /** [anchors] face score (sigmoid applied) */
  readonly score: Float32Array;
  /** [anchors, 4] distances from the anchor centre to the left, top, right and bottom sides, in stride units */
  readonly bbox: Float32Array;
  /** [anchors, 10] five points against the anchor centre, in stride units */
  readonly kps: Float32Array;
}

/** Candidates above `threshold` in input pixels, as InsightFace's SCRFD decodes them (distance2bbox, distance2kps). */
export function decodeScrfd(levels: readonly ScrfdLevel[], threshold: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { stride, columns, rows, score, bbox, kps } of levels)
    for (let n = 0; n < columns * rows * SCRFD_ANCHORS_PER_CELL; n++) {
      const s = score[n] as number;
      if (!(s >= threshold)) continue;
      const cell = Math.floor(n / SCRFD_ANCHORS_PER_CELL);
      const cx = (cell % columns) * stride;
      const cy = Math.floor(cell / columns) * stride;
      const left = cx - (bbox[n * 4] as number) * stride;
      const top = cy - (bbox[n * 4 + 1] as number) * stride;
      const right = cx + (bbox[n * 4 + 2] as number) * stride;
      const bottom = cy + (bbox[n * 4 + 3] as number) * stride;
      const points: Point[] = [];
      for (let k = 0; k < 5; k++)
        points.push({
          x: cx + (kps[n * 10 + k * 2] as number) * stride,
          y: cy + (kps[n * 10 + k * 2 + 1] as number) * stride,
        });
      candidates.push({ box: { x: left, y: top, width: right - left, height: bottom - top }, score: s, points });
    }
  return candidates;
}
