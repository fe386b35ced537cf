import type { RgbImage } from '../types.js';

/** How a model wants its pixels: layout, channel order and per-channel (x - mean) / std, listed in that order. */
export interface PixelFormat {
  readonly layout: 'nchw' | 'nhwc';
  readonly channelOrder: 'rgb' | 'bgr';
  readonly mean: readonly [number, number, number];
  readonly std: readonly [number, number, number];
}

/**
 * Float32 tensor data for a batch of equally sized images ([n, 3, h, w] or [n, h, w, 3]).
 * `mean` and `std` are given in the model's channel order.
 */
export function toTensorData(images: readonly RgbImage[], format: PixelFormat): Float32Array {
  const first = images[0];
  if (!first) return new Float32Array(0);
  const { width, height } = first;
  const plane = width * height;
  const out = new Float32Array(images.length * plane * 3);
  const bgr = format.channelOrder === 'bgr';
  const scale = format.std.map((s) => 1 / s);
  const [m0, m1, m2] = format.mean;
  const [s0, s1, s2] = scale as [number, number, number];
  images.forEach((image, n) => {
    if (image.width !== width || image.height !== height)
      throw new Error(`batch images differ in size: ${image.width}x${image.height} vs ${width}x${height}`);
    const src = image.data;
    const base = n * plane * 3;
    for (let i = 0; i < plane; i++) {
      const r = src[i * 3] as number;
      const g = src[i * 3 + 1] as number;
      const b = src[i * 3 + 2] as number;
      const c0 = ((bgr ? b : r) - m0) * s0;
      const c1 = (g - m1) * s1;
      const c2 = ((bgr ? r : b) - m2) * s2;
      if (format.layout === 'nchw') {
        out[base + i] = c0;
        out[base + plane + i] = c1;
        out[base + 2 * plane + i] = c2;
      } else {
        out[base + i * 3] = c0;
        out[base + i * 3 + 1] = c1;
        out[base + i * 3 + 2] = c2;
      }
    }
  });
  return out;
}
