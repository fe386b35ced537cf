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

/** Per-pixel sums of the samples so far, reused by every warp (the warp is synchronous); grows to the largest crop. */
let sums = new Float64Array(0);
/** A border sample's running sums, in and out of addBorderSample. */
const border = new Float64Array(3);

/**
 * The sampling: k x k bilinear samples per output pixel, at inverse(x + dx, y + dy) for the k x k sub-pixel
 * offsets (dx, dy), averaged and rounded. One pass over the output per offset adds that sample to every pixel's
 * running sum (the last pass writes the rounded mean), so each pixel sums its samples in a fixed order (offset
 * rows, then columns; each sample's corners top-left, top-right, bottom-left, bottom-right) and one loop serves
 * every k. Nothing is allocated per pixel.
 */
function sampleInto(
  source: RgbImage,
  inverse: Similarity,
  k: number,
  out: Uint8Array,
  width: number,
  height: number,
): void {
  const length = width * height * 3;
  if (k > 1 && sums.length < length) sums = new Float64Array(length);
  const offsets = OFFSETS[k] as Float64Array;
  for (let pass = 0; pass < k * k; pass++)
    addSamples(source, inverse, offsets[pass % k] as number, offsets[Math.floor(pass / k)] as number, {
      sums,
      first: pass === 0,
      last: pass === k * k - 1 ? { out, samples: k * k } : null,
      width,
      height,
    });
}

interface Pass {
  readonly sums: Float64Array;
  /** the first sample: the sums start from 0 */
  readonly first: boolean;
  /** the last sample: the rounded means go to `out` */
  readonly last: { readonly out: Uint8Array; readonly samples: number } | null;
  readonly width: number;
  readonly height: number;
}

/**
 * Adds, to each output pixel's sums, the bilinear sample at inverse(x + dx, y + dy), corner by corner (top-left,
 * top-right, bottom-left, bottom-right); corners outside the source count as black. The inverse map's row terms
 * are computed once per row; samples whose corners are all inside take the short path.
 */
function addSamples(source: RgbImage, inverse: Similarity, dx: number, dy: number, pass: Pass): void {
  const { data, width: sw, height: sh } = source;
  const { a, b, tx, ty } = inverse;
  const { sums, first, width, height } = pass;
  const out = pass.last?.out ?? sums;
  const samples = pass.last?.samples ?? 1;
  const last = pass.last !== null;
  const stride = sw * 3;
  let o = 0;
  for (let y = 0; y < height; y++) {
    const py = y + dy;
    const bpy = b * py;
    const apy = a * py;
    for (let x = 0; x < width; x++, o += 3) {
      const px = x + dx;
      const sx = a * px - bpy + tx;
      const sy = b * px + apy + ty;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      let r = first ? 0 : (sums[o] as number);
      let g = first ? 0 : (sums[o + 1] as number);
      let bl = first ? 0 : (sums[o + 2] as number);
      if (x0 >= 0 && y0 >= 0 && x0 < sw - 1 && y0 < sh - 1) {
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
      if (last) {
        out[o] = Math.round(r / samples);
        out[o + 1] = Math.round(g / samples);
        out[o + 2] = Math.round(bl / samples);
      } else {
        sums[o] = r;
        sums[o + 1] = g;
        sums[o + 2] = bl;
      }
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
