import { scaleCropInto } from '../image/scale-crop.js';
import type { Box, RgbImage } from '../types.js';

/** Longer side the measured region is resampled to, so faces of any size are measured alike. */
export const SHARPNESS_SIZE = 96;
/** Share of the box measured, around its centre: the face, not the background at the box corners. */
const INNER = 0.8;
/** Scratch crops, reused: the crop is at most SHARPNESS_SIZE on each side, and the work below is synchronous. */
const CROP = new Uint8Array(SHARPNESS_SIZE * SHARPNESS_SIZE * 3);
const GREY = new Float32Array(SHARPNESS_SIZE * SHARPNESS_SIZE);

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
  const width = Math.min(SHARPNESS_SIZE, Math.max(3, Math.floor((right - left) * scale)));
  const height = Math.min(SHARPNESS_SIZE, Math.max(3, Math.floor((bottom - top) * scale)));
  scaleCropInto(image, { left, top, scale, width, height }, CROP);
  lumaInto(CROP, width * height, GREY);
  return laplacianVariance(GREY, width, height);
}

/** Luma (BT.601 weights) of the first `pixels` pixels of interleaved RGB, into `out`. */
export function lumaInto(rgb: Uint8Array, pixels: number, out: Float32Array): Float32Array {
  for (let i = 0, p = 0; i < pixels; i++, p += 3)
    out[i] = 0.299 * (rgb[p] as number) + 0.587 * (rgb[p + 1] as number) + 0.114 * (rgb[p + 2] as number);
  return out;
}

/** Variance of the 4-neighbour Laplacian over the interior pixels. */
export function laplacianVariance(grey: Float32Array, width: number, height: number): number {
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < height - 1; y++)
    for (let x = 1, i = y * width + 1; x < width - 1; x++, i++) {
      const v =
        (grey[i - 1] as number) +
        (grey[i + 1] as number) +
        (grey[i - width] as number) +
        (grey[i + width] as number) -
        4 * (grey[i] as number);
      sum += v;
      sumSq += v * v;
      n++;
    }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
