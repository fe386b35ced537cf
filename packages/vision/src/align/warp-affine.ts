import { boxShrink } from '../image/box-shrink.js';
import type { RgbImage } from '../types.js';
import { applySimilarity, invertSimilarity, type Similarity, similarityScale } from './similarity-transform.js';

/** Most bilinear samples per output pixel and axis; stronger shrinking is box-filtered first (see below). */
export const MAX_SUPERSAMPLING = 4;

/** Sub-pixel sample offsets for k samples per axis: (i + 0.5) / k - 0.5, i < k; index k holds k's table. */
const OFFSETS: readonly Float64Array[] = Array.from({ length: MAX_SUPERSAMPLING + 1 }, (_, k) =>
  Float64Array.from({ length: k }, (_, i) => (i + 0.5) / k - 0.5),
);

/** Bilinear samples per axis that an output pixel averages at this scale: ceil(1 / scale), at least 1. */
export const samplesPerAxis = (scale: number): number => Math.max(1, Math.ceil(1 / scale - 1e-9));

/** The sub-pixel offsets of k samples per axis (k <= MAX_SUPERSAMPLING). */
export const sampleOffsets = (k: number): Float64Array => OFFSETS[k] as Float64Array;

/**
 * Renders a width x height image whose pixel (x, y) shows the source at transform^-1(x, y), sampled
 * bilinearly; pixel centres sit at integer coordinates (OpenCV's convention); outside the source is black.
 * When the transform shrinks (a large face onto a small template), each output pixel averages k x k bilinear
 * samples (k = ceil(1 / scale)) so the crop does not alias; beyond k = 4 the part of the source the crop
 * needs is first box-filtered by a whole factor, so k stays at most 4 and every source pixel still counts.
 */
export function warpSimilarity(source: RgbImage, transform: Similarity, width: number, height: number): RgbImage {
  const out = new Uint8Array(width * height * 3);
  warpSimilarityInto(source, transform, out, width, height);
  return { data: out, width, height };
}

/** warpSimilarity into `out` (width * height * 3 bytes, interleaved RGB), allocating nothing per pixel. */
export function warpSimilarityInto(
  source: RgbImage,
  transform: Similarity,
  out: Uint8Array,
  width: number,
  height: number,
): void {
  if (out.length < width * height * 3)
    throw new Error(`output holds ${out.length} bytes; ${width}x${height} needs more`);
  const needed = samplesPerAxis(similarityScale(transform));
  if (needed <= MAX_SUPERSAMPLING) {
    sampleInto(source, invertSimilarity(transform), needed, out, width, height);
    return;
  }
  const factor = Math.ceil(needed / MAX_SUPERSAMPLING);
  const shrunk = shrinkNeededPart(source, transform, factor, width, height);
  const k = samplesPerAxis(similarityScale(shrunk.transform));
  sampleInto(shrunk.image, invertSimilarity(shrunk.transform), Math.min(k, MAX_SUPERSAMPLING), out, width, height);
}

/**
 * The part of `source` that the output maps to (with a margin of two blocks), box-filtered by `factor`, and the
 * transform from the shrunk image to the output: shrunk pixel (u, v) has its centre at source
 * (x0 + factor * u + (factor - 1) / 2, y0 + ...).
 */
function shrinkNeededPart(
  source: RgbImage,
  transform: Similarity,
  factor: number,
  width: number,
  height: number,
): { image: RgbImage; transform: Similarity } {
  const inverse = invertSimilarity(transform);
  const corners = [
    [-0.5, -0.5],
    [width - 0.5, -0.5],
    [-0.5, height - 0.5],
    [width - 0.5, height - 0.5],
  ].map(([x, y]) => applySimilarity(inverse, { x: x as number, y: y as number }));
  const margin = 2 * factor;
  const clamp = (v: number, size: number) => Math.min(size + factor, Math.max(-factor, v));
  const x0 = clamp(Math.floor(Math.min(...corners.map((p) => p.x))) - margin, source.width);
  const y0 = clamp(Math.floor(Math.min(...corners.map((p) => p.y))) - margin, source.height);
  const x1 = clamp(Math.ceil(Math.max(...corners.map((p) => p.x))) + margin, source.width);
  const y1 = clamp(Math.ceil(Math.max(...corners.map((p) => p.y))) + margin, source.height);
  const image = boxShrink(source, {
    x: x0,
    y: y0,
    columns: Math.max(1, Math.ceil((x1 - x0) / factor)),
    rows: Math.max(1, Math.ceil((y1 - y0) / factor)),
    factor,
  });
  const centre = applySimilarity(transform, { x: x0 + (factor - 1) / 2, y: y0 + (factor - 1) / 2 });
  return {
    image,
    transform: { a: transform.a * factor, b: transform.b * factor, tx: centre.x, ty: centre.y },
  };
}

/** A border sample's running sums, in and out of addBorderSample. */
const border = new Float64Array(3);

/**
 * The sampling: k x k bilinear samples per output pixel, at inverse(x + dx, y + dy) for the k x k sub-pixel
 * offsets (dx, dy), averaged and rounded, in one pass over the output: each pixel sums its samples in a fixed
 * order (offset rows, then columns; each sample's corners top-left, top-right, bottom-left, bottom-right) in
 * locals, then writes the rounded mean. Samples whose corners are all inside take the short path; nothing is
 * allocated.
 */
function sampleInto(
  source: RgbImage,
  inverse: Similarity,
  k: number,
  out: Uint8Array,
  width: number,
  height: number,
): void {
  const { data, width: sw, height: sh } = source;
  const { a, b, tx, ty } = inverse;
  const offsets = OFFSETS[k] as Float64Array;
  const samples = k * k;
  const stride = sw * 3;
  const xLimit = sw - 1;
  const yLimit = sh - 1;
  let o = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++, o += 3) {
      let r = 0;
      let g = 0;
      let bl = 0;
      for (let j = 0; j < k; j++) {
        const py = y + (offsets[j] as number);
        const bpy = b * py;
        const apy = a * py;
        for (let i = 0; i < k; i++) {
          const px = x + (offsets[i] as number);
          const sx = a * px - bpy + tx;
          const sy = b * px + apy + ty;
          const x0 = Math.floor(sx);
          const y0 = Math.floor(sy);
          const fx = sx - x0;
          const fy = sy - y0;
          if (x0 >= 0 && y0 >= 0 && x0 < xLimit && y0 < yLimit) {
            const w00 = (1 - fx) * (1 - fy);
            const w10 = fx * (1 - fy);
            const w01 = (1 - fx) * fy;
            const w11 = fx * fy;
            const p = y0 * stride + x0 * 3;
            const q = p + stride;
            r = r + (data[p] as number) * w00 + (data[p + 3] as number) * w10;
            r = r + (data[q] as number) * w01 + (data[q + 3] as number) * w11;
            g = g + (data[p + 1] as number) * w00 + (data[p + 4] as number) * w10;
            g = g + (data[q + 1] as number) * w01 + (data[q + 4] as number) * w11;
            bl = bl + (data[p + 2] as number) * w00 + (data[p + 5] as number) * w10;
            bl = bl + (data[q + 2] as number) * w01 + (data[q + 5] as number) * w11;
          } else if (x0 >= -1 && y0 >= -1 && x0 < sw && y0 < sh) {
            border[0] = r;
            border[1] = g;
            border[2] = bl;
            addBorderSample(data, sw, sh, x0, y0, fx, fy);
            r = border[0] as number;
            g = border[1] as number;
            bl = border[2] as number;
          }
        }
      }
      out[o] = Math.round(r / samples);
      out[o + 1] = Math.round(g / samples);
      out[o + 2] = Math.round(bl / samples);
    }
  }
}

/** The corners of a bilinear sample at the border that lie inside the source, added to `border` as above. */
function addBorderSample(
  data: Uint8Array,
  width: number,
  height: number,
  x0: number,
  y0: number,
  fx: number,
  fy: number,
): void {
  for (let corner = 0; corner < 4; corner++) {
    const dx = corner & 1;
    const dy = corner >> 1;
    const cx = x0 + dx;
    const cy = y0 + dy;
    if (cx < 0 || cy < 0 || cx >= width || cy >= height) continue;
    const w = (dx ? fx : 1 - fx) * (dy ? fy : 1 - fy);
    const p = (cy * width + cx) * 3;
    border[0] = (border[0] as number) + (data[p] as number) * w;
    border[1] = (border[1] as number) + (data[p + 1] as number) * w;
    border[2] = (border[2] as number) + (data[p + 2] as number) * w;
  }
}
