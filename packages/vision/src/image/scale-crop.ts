import { invertSimilarity } from '../align/similarity-transform.js';
import { MAX_SUPERSAMPLING, sampleOffsets, samplesPerAxis, warpSimilarityInto } from '../align/warp-affine.js';
import type { RgbImage } from '../types.js';

/** An axis-aligned crop: output pixel (x, y) shows the source at (left + x / scale, top + y / scale). */
export interface ScaledCrop {
  readonly left: number;
  readonly top: number;
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/** Scratch, reused (the work is synchronous): the needed source rows resampled across, and one output row. */
let across = new Float64Array(0);
let line = new Float64Array(0);

/**
 * The crop warpSimilarity renders for the similarity { a: scale, b: 0, tx: -left * scale, ty: -top * scale }
 * (k x k bilinear samples per pixel, black outside; the same values up to float rounding of the sums), computed
 * separably since nothing turns: each source row the crop needs is resampled across once (k samples per output
 * column), then each output row blends k pairs of those rows. About k times less work than sampling every pixel.
 * Beyond MAX_SUPERSAMPLING samples per axis it leaves the work to warpSimilarityInto (which box-filters first).
 */
export function scaleCropInto(source: RgbImage, crop: ScaledCrop, out: Uint8Array): void {
  const { left, top, scale, width, height } = crop;
  const transform = { a: scale, b: 0, tx: -left * scale, ty: -top * scale };
  const k = samplesPerAxis(scale);
  if (k > MAX_SUPERSAMPLING) {
    warpSimilarityInto(source, transform, out, width, height);
    return;
  }
  const inverse = invertSimilarity(transform);
  const columns = taps(width, k, inverse.a, inverse.tx);
  const rows = taps(height, k, inverse.a, inverse.ty);
  const first = Math.max(0, Math.min(...rows.start));
  const last = Math.min(source.height - 1, Math.max(...rows.start) + 1);
  const rowLength = width * 3;
  if (across.length < Math.max(0, last - first + 1) * rowLength)
    across = new Float64Array((last - first + 1) * rowLength);
  if (line.length < rowLength) line = new Float64Array(rowLength);
  for (let r = first; r <= last; r++) resampleRow(source, r, columns, k, across, (r - first) * rowLength, width);
  const samples = k * k;
  for (let y = 0; y < height; y++) {
    line.fill(0, 0, rowLength);
    for (let j = 0; j < k; j++) {
      const t = y * k + j;
      const r = rows.start[t] as number;
      const f = rows.fraction[t] as number;
      if (r >= first && r <= last) addRow(line, across, (r - first) * rowLength, 1 - f, rowLength);
      if (r + 1 >= first && r + 1 <= last) addRow(line, across, (r + 1 - first) * rowLength, f, rowLength);
    }
    const o = y * rowLength;
    for (let i = 0; i < rowLength; i++) out[o + i] = Math.round((line[i] as number) / samples);
  }
}

/** For each of n outputs and each of its k samples: the source pixel before the sample, and how far past it. */
function taps(n: number, k: number, inverseScale: number, offset: number) {
  const offsets = sampleOffsets(k);
  const start = new Int32Array(n * k);
  const fraction = new Float64Array(n * k);
  for (let x = 0; x < n; x++)
    for (let i = 0; i < k; i++) {
      const s = inverseScale * (x + (offsets[i] as number)) + offset;
      start[x * k + i] = Math.floor(s);
      fraction[x * k + i] = s - Math.floor(s);
    }
  return { start, fraction };
}

/** Source row r resampled across: for each output column the sum of its k linear samples, into to[at...]. */
function resampleRow(
  source: RgbImage,
  r: number,
  columns: { start: Int32Array; fraction: Float64Array },
  k: number,
  to: Float64Array,
  at: number,
  width: number,
): void {
  const { data, width: sw } = source;
  const row = r * sw * 3;
  for (let x = 0; x < width; x++) {
    let red = 0;
    let green = 0;
    let blue = 0;
    for (let i = 0; i < k; i++) {
      const x0 = columns.start[x * k + i] as number;
      const f = columns.fraction[x * k + i] as number;
      if (x0 >= 0 && x0 < sw) {
        const p = row + x0 * 3;
        red += (data[p] as number) * (1 - f);
        green += (data[p + 1] as number) * (1 - f);
        blue += (data[p + 2] as number) * (1 - f);
      }
      if (x0 + 1 >= 0 && x0 + 1 < sw) {
        const p = row + x0 * 3 + 3;
        red += (data[p] as number) * f;
        green += (data[p + 1] as number) * f;
        blue += (data[p + 2] as number) * f;
      }
    }
    to[at + x * 3] = red;
    to[at + x * 3 + 1] = green;
    to[at + x * 3 + 2] = blue;
  }
}

function addRow(line: Float64Array, rows: Float64Array, at: number, weight: number, length: number): void {
  for (let i = 0; i < length; i++) line[i] = (line[i] as number) + weight * (rows[at + i] as number);
}
