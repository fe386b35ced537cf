import type { Point } from '../types.js';
import type { Candidate } from './nms.js';

/** Anchor layout of RetinaFace (see ../shared/models/MODELS.md): two sizes per cell at strides 8, 16, 32. */
const LEVELS = [
  { stride: 8, sizes: [16, 32] },
  { stride: 16, sizes: [64, 128] },
  { stride: 32, sizes: [256, 512] },
] as const;
const CENTER_VARIANCE = 0.1;
const SIZE_VARIANCE = 0.2;

/** Prior boxes for an input of width x height, as [cx, cy, w, h] in pixels, in the model's output order. */
export function retinaFacePriors(width: number, height: number): Float32Array {
  const rows: number[] = [];
  for (const { stride, sizes } of LEVELS) {
    const fh = Math.ceil(height / stride);
    const fw = Math.ceil(width / stride);
    for (let i = 0; i < fh; i++)
      for (let j = 0; j < fw; j++)
        for (const size of sizes) rows.push((j + 0.5) * stride, (i + 0.5) * stride, size, size);
  }
  return Float32Array.from(rows);
}

export interface RetinaFaceOutputs {
  /** [N, 4] offsets (dx, dy, dw, dh) */
  readonly loc: Float32Array;
  /** [N, 2] softmaxed; column 1 is the face score */
  readonly conf: Float32Array;
  /** [N, 10] five landmark offsets against the prior centre */
  readonly landms: Float32Array;
}

/** Candidates above `threshold`, in input pixel coordinates (no suppression yet). */
export function decodeRetinaFace(outputs: RetinaFaceOutputs, priors: Float32Array, threshold: number): Candidate[] {
  const { loc, conf, landms } = outputs;
  const count = priors.length / 4;
  const candidates: Candidate[] = [];
  for (let n = 0; n < count; n++) {
    const score = conf[n * 2 + 1] as number;
    if (!(score >= threshold)) continue;
    const [pcx, pcy, pw, ph] = priors.subarray(n * 4, n * 4 + 4) as unknown as [number, number, number, number];
    const [dx, dy, dw, dh] = loc.subarray(n * 4, n * 4 + 4) as unknown as [number, number, number, number];
    const cx = pcx + dx * CENTER_VARIANCE * pw;
    const cy = pcy + dy * CENTER_VARIANCE * ph;
    const w = pw * Math.exp(dw * SIZE_VARIANCE);
    const h = ph * Math.exp(dh * SIZE_VARIANCE);
    const points: Point[] = [];
    for (let k = 0; k < 5; k++)
      points.push({
        x: pcx + (landms[n * 10 + k * 2] as number) * CENTER_VARIANCE * pw,
        y: pcy + (landms[n * 10 + k * 2 + 1] as number) * CENTER_VARIANCE * ph,
      });
    candidates.push({ box: { x: cx - w / 2, y: cy - h / 2, width: w, height: h }, score, points });
  }
  return candidates;
}
