import type { RgbImage } from '../types.js';
import { applySimilarity, invertSimilarity, type Similarity, similarityScale } from './similarity-transform.js';

const MAX_SUPERSAMPLING = 4;

/**
 * Renders a width x height image whose pixel (x, y) shows the source at transform^-1(x, y), sampled
 * bilinearly; pixel centres sit at integer coordinates (OpenCV's convention); outside the source is black.
 * When the transform shrinks (a large face onto a small template), each output pixel averages k x k bilinear
 * samples (k = ceil(1 / scale), at most 4) so the crop does not alias.
 */
export function warpSimilarity(source: RgbImage, transform: Similarity, width: number, height: number): RgbImage {
  const inverse = invertSimilarity(transform);
  const k = Math.min(MAX_SUPERSAMPLING, Math.max(1, Math.ceil(1 / similarityScale(transform) - 1e-9)));
  const offsets = Array.from({ length: k }, (_, i) => (i + 0.5) / k - 0.5);
  const out = new Uint8Array(width * height * 3);
  const acc = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      acc.fill(0);
      for (const dy of offsets)
        for (const dx of offsets) addBilinear(source, applySimilarity(inverse, { x: x + dx, y: y + dy }), acc);
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) out[o + c] = Math.round((acc[c] as number) / (k * k));
    }
  }
  return { data: out, width, height };
}

/** Adds the bilinear sample of `source` at p (black outside) to acc[0..2]. */
function addBilinear(source: RgbImage, p: { x: number; y: number }, acc: number[]): void {
  const { data, width, height } = source;
  const x0 = Math.floor(p.x);
  const y0 = Math.floor(p.y);
  if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) return;
  const fx = p.x - x0;
  const fy = p.y - y0;
  const weights = [(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy];
  const corners = [
    [x0, y0],
    [x0 + 1, y0],
    [x0, y0 + 1],
    [x0 + 1, y0 + 1],
  ] as const;
  corners.forEach(([cx, cy], i) => {
    if (cx < 0 || cy < 0 || cx >= width || cy >= height) return;
    const w = weights[i] as number;
    const o = (cy * width + cx) * 3;
    acc[0] = (acc[0] as number) + (data[o] as number) * w;
    acc[1] = (acc[1] as number) + (data[o + 1] as number) * w;
    acc[2] = (acc[2] as number) + (data[o + 2] as number) * w;
  });
}
