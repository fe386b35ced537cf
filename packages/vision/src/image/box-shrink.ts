import type { RgbImage } from '../types.js';

/** A grid of factor x factor blocks over an image, from (x, y) (which may lie outside it). */
export interface ShrinkRegion {
  readonly x: number;
  readonly y: number;
  readonly columns: number;
  readonly rows: number;
  readonly factor: number;
}

/**
 * Box filter: each output pixel is the mean of one factor x factor block of the source, pixels outside the source
 * counting as black (the convention of the warp that samples the result). The output is columns x rows; its
 * pixel (u, v) covers source x in [x + factor * u, x + factor * (u + 1)).
 */
export function boxShrink(source: RgbImage, region: ShrinkRegion): RgbImage {
  const { data, width: sw, height: sh } = source;
  const { x, y, columns, rows, factor } = region;
  const out = new Uint8Array(columns * rows * 3);
  const sums = new Uint32Array(columns * 3);
  const area = factor * factor;
  for (let v = 0; v < rows; v++) {
    sums.fill(0);
    const top = Math.max(0, y + v * factor);
    const bottom = Math.min(sh, y + (v + 1) * factor);
    for (let sy = top; sy < bottom; sy++) {
      const row = sy * sw * 3;
      for (let u = 0; u < columns; u++) {
        const left = Math.max(0, x + u * factor);
        const right = Math.min(sw, x + (u + 1) * factor);
        let r = 0;
        let g = 0;
        let b = 0;
        for (let p = row + left * 3, end = row + right * 3; p < end; p += 3) {
          r += data[p] as number;
          g += data[p + 1] as number;
          b += data[p + 2] as number;
        }
        sums[u * 3] = (sums[u * 3] as number) + r;
        sums[u * 3 + 1] = (sums[u * 3 + 1] as number) + g;
        sums[u * 3 + 2] = (sums[u * 3 + 2] as number) + b;
      }
    }
    const base = v * columns * 3;
    for (let i = 0; i < columns * 3; i++) out[base + i] = Math.round((sums[i] as number) / area);
  }
  return { data: out, width: columns, height: rows };
}
