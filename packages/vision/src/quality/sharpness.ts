import { warpSimilarity } from '../align/warp-affine.js';
import type { Box, RgbImage } from '../types.js';

/** Longer side the measured region is resampled to, so faces of any size are measured alike. */
export const SHARPNESS_SIZE = 96;
/** Share of the box measured, around its centre: the face, not the background at the box corners. */
const INNER = 0.8;

/**
 * Variance of the Laplacian of the face's luma (Pech-Pacheco et al., 2000), measured on the central 80 % of the
 * box (the face, not the background at the box corners), the part inside the image only, resampled so its longer
 * side is 96 px (area-averaged when shrinking): faces of any size are measured alike. In-focus faces have strong
 * second derivatives at eyes, brows and lips; blur, heavy compression and upscaled thumbnails flatten them.
 */
export function faceSharpness(image: RgbImage, box: Box): number {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const left = Math.max(0, cx - (box.width * INNER) / 2);
  const top = Math.max(0, cy - (box.height * INNER) / 2);
  const right = Math.min(image.width - 1, cx + (box.width * INNER) / 2);
  const bottom = Math.min(image.height - 1, cy + (box.height * INNER) / 2);
  if (right - left < 2 || bottom - top < 2) return 0;
  const scale = SHARPNESS_SIZE / Math.max(right - left, bottom - top);
  const width = Math.max(3, Math.floor((right - left) * scale));
  const height = Math.max(3, Math.floor((bottom - top) * scale));
  const crop = warpSimilarity(image, { a: scale, b: 0, tx: -left * scale, ty: -top * scale }, width, height);
  return laplacianVariance(luma(crop), width, height);
}

export function luma(image: RgbImage): Float32Array {
  const out = new Float32Array(image.width * image.height);
  for (let i = 0; i < out.length; i++)
    out[i] =
      0.299 * (image.data[i * 3] as number) +
      0.587 * (image.data[i * 3 + 1] as number) +
      0.114 * (image.data[i * 3 + 2] as number);
  return out;
}

/** Variance of the 4-neighbour Laplacian over the interior pixels. */
export function laplacianVariance(grey: Float32Array, width: number, height: number): number {
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  const at = (x: number, y: number) => grey[y * width + x] as number;
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      const v = at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4 * at(x, y);
      sum += v;
      sumSq += v * v;
      n++;
    }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
