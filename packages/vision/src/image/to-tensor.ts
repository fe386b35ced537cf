import type { RgbImage } from '../types.js';

/** How a model wants its pixels: layout, channel order and per-channel (x - mean) / std, listed in that order. */
export interface PixelFormat {
  readonly layout: 'nchw' | 'nhwc';
  readonly channelOrder: 'rgb' | 'bgr';
  readonly mean: readonly [number, number, number];
  readonly std: readonly [number, number, number];
}

/** Where an image goes in a larger tensor image (a canvas), and the colour of the rest (RGB 0-255). */
export interface CanvasSpec {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly fill: readonly [number, number, number];
}

/**
 * Float32 tensor data for a batch of equally sized images ([n, 3, h, w] or [n, h, w, 3]), into `out` when given
 * (at least that long; every value is written). `mean` and `std` are given in the model's channel order.
 */
export function toTensorData(
  images: readonly RgbImage[],
  format: PixelFormat,
  into?: (length: number) => Float32Array,
): Float32Array {
  const first = images[0];
  if (!first) return new Float32Array(0);
  const { width, height } = first;
  const length = images.length * width * height * 3;
  const out = into?.(length) ?? new Float32Array(length);
  const canvas: CanvasSpec = { width, height, left: 0, top: 0, fill: [0, 0, 0] };
  images.forEach((image, n) => {
    if (image.width !== width || image.height !== height)
      throw new Error(`batch images differ in size: ${image.width}x${image.height} vs ${width}x${height}`);
    writeImage(image, canvas, format, out, n * width * height * 3);
  });
  return out;
}

/**
 * Tensor data ([1, 3, h, w] or [1, h, w, 3]) of a canvas.width x canvas.height canvas in the `fill` colour with
 * `image` placed at (left, top): the same values as building the canvas first, without building it. `into` gives
 * the array to write (every value is written, so a reused one needs no clearing).
 */
export function canvasTensorData(
  image: RgbImage,
  canvas: CanvasSpec,
  format: PixelFormat,
  into?: (length: number) => Float32Array,
): Float32Array {
  if (
    canvas.left < 0 ||
    canvas.top < 0 ||
    canvas.left + image.width > canvas.width ||
    canvas.top + image.height > canvas.height
  )
    throw new Error(`a ${image.width}x${image.height} image does not fit a ${canvas.width}x${canvas.height} canvas`);
  const length = canvas.width * canvas.height * 3;
  const out = into?.(length) ?? new Float32Array(length);
  const fill = normalised(canvas.fill, format);
  const { width, left, top } = canvas;
  const fillPixels = (from: number, to: number) => fillRange(out, canvas, format.layout, fill, from, to);
  fillPixels(0, top * width);
  for (let y = top; y < top + image.height; y++) {
    fillPixels(y * width, y * width + left);
    fillPixels(y * width + left + image.width, (y + 1) * width);
  }
  fillPixels((top + image.height) * width, canvas.height * width);
  writeImage(image, canvas, format, out, 0);
  return out;
}

/** Sets canvas pixels [from, to) (row-major pixel indices) of a one-image tensor to the three values of `fill`. */
function fillRange(
  out: Float32Array,
  canvas: CanvasSpec,
  layout: PixelFormat['layout'],
  fill: Float32Array,
  from: number,
  to: number,
): void {
  if (to <= from) return;
  const [f0, f1, f2] = fill as unknown as [number, number, number];
  if (layout === 'nchw') {
    const plane = canvas.width * canvas.height;
    out.fill(f0, from, to);
    out.fill(f1, plane + from, plane + to);
    out.fill(f2, 2 * plane + from, 2 * plane + to);
    return;
  }
  for (let i = from * 3; i < to * 3; i += 3) {
    out[i] = f0;
    out[i + 1] = f1;
    out[i + 2] = f2;
  }
}

/** One RGB colour as the model's three input values, in its channel order. */
function normalised(rgb: readonly [number, number, number], format: PixelFormat): Float32Array {
  const [r, g, b] = rgb;
  const [m0, m1, m2] = format.mean;
  const [s0, s1, s2] = format.std.map((s) => 1 / s) as [number, number, number];
  const bgr = format.channelOrder === 'bgr';
  return Float32Array.of(((bgr ? b : r) - m0) * s0, (g - m1) * s1, ((bgr ? r : b) - m2) * s2);
}

/** Writes `image` into the tensor image that starts at out[base], a canvas of canvas.width x canvas.height. */
function writeImage(image: RgbImage, canvas: CanvasSpec, format: PixelFormat, out: Float32Array, base: number): void {
  const { data, width, height } = image;
  const [m0, m1, m2] = format.mean;
  const [s0, s1, s2] = format.std.map((s) => 1 / s) as [number, number, number];
  // source offsets of the channels the model takes first and last
  const first = format.channelOrder === 'bgr' ? 2 : 0;
  const last = 2 - first;
  const plane = canvas.width * canvas.height;
  const planar = format.layout === 'nchw';
  for (let y = 0; y < height; y++) {
    let p = y * width * 3;
    const start = (canvas.top + y) * canvas.width + canvas.left;
    if (planar) {
      let o0 = base + start;
      const end = o0 + width;
      for (; o0 < end; o0++, p += 3) {
        out[o0] = ((data[p + first] as number) - m0) * s0;
        out[o0 + plane] = ((data[p + 1] as number) - m1) * s1;
        out[o0 + 2 * plane] = ((data[p + last] as number) - m2) * s2;
      }
    } else {
      let o = base + start * 3;
      const end = o + width * 3;
      for (; o < end; o += 3, p += 3) {
        out[o] = ((data[p + first] as number) - m0) * s0;
        out[o + 1] = ((data[p + 1] as number) - m1) * s1;
        out[o + 2] = ((data[p + last] as number) - m2) * s2;
      }
    }
  }
}
