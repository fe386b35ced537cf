import type { Point } from '../types.js';
import type { Candidate } from './nms.js';

/** YuNet's strides; one anchor per cell, the feature map of stride s being ceil(input / s) cells a side. */
export const YUNET_STRIDES = [8, 16, 32] as const;

/** YuNet's outputs at one stride, row-major over the cells. */
export interface YunetLevel {
  readonly stride: number;
  /** cells per row and per column */
  readonly columns: number;
  readonly rows: number;
  /** [cells] class score (sigmoid applied) */
  readonly cls: Float32Array;
  /** [cells] objectness (sigmoid applied) */
  readonly obj: Float32Array;
  /** [cells, 4] dx, dy of the centre against the cell corner, log w, log h, in stride units */
  readonly bbox: Float32Array;
  /** [cells, 10] five points against the cell corner in stride units */
  readonly kps: Float32Array;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Candidates above `threshold` in input pixels, as OpenCV's FaceDetectorYN decodes them: score = sqrt(cls * obj),
 * centre = (cell + offset) * stride, size = exp(log size) * stride; points = (cell + offset) * stride, in the
 * ArcFace order (the eye on the image's left first).
 */
export function decodeYunet(levels: readonly YunetLevel[], threshold: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { stride, columns, rows, cls, obj, bbox, kps } of levels)
    for (let n = 0; n < columns * rows; n++) {
      const score = Math.sqrt(clamp01(cls[n] as number) * clamp01(obj[n] as number));
      if (!(score >= threshold)) continue;
      const col = n % columns;
      const row = Math.floor(n / columns);
      const cx = (col + (bbox[n * 4] as number)) * stride;
      const cy = (row + (bbox[n * 4 + 1] as number)) * stride;
      const w = Math.exp(bbox[n * 4 + 2] as number) * stride;
      const h = Math.exp(bbox[n * 4 + 3] as number) * stride;
      const points: Point[] = [];
      for (let k = 0; k < 5; k++)
        points.push({
          x: (col + (kps[n * 10 + k * 2] as number)) * stride,
          y: (row + (kps[n * 10 + k * 2 + 1] as number)) * stride,
        });
      candidates.push({ box: { x: cx - w / 2, y: cy - h / 2, width: w, height: h }, score, points });
    }
  return candidates;
}
