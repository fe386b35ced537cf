import sharp from 'sharp';
import type { Point, RgbImage } from '../types.js';
import { canvasTensorData, type PixelFormat } from './to-tensor.js';

/** Where an image was put on a canvas: canvas = original * scale + offset, per axis. */
export interface Placement {
  readonly scaleX: number;
  readonly scaleY: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface CanvasOptions {
  /** canvas size in pixels */
  readonly width: number;
  readonly height: number;
  /**
   * empty border kept around the image, as a fraction of its size on each side (0.25: the image takes at most
   * 1 / 1.5 of the canvas). Faces that fill the whole frame are only found with some room around them.
   */
  readonly margin: number;
  /** colour of the empty canvas, RGB 0-255 */
  readonly fill?: readonly [number, number, number];
}

/**
 * A detector's input tensor: the image scaled (keeping its aspect ratio) to fit the canvas with `margin` around
 * it, centred on a canvas of the fill colour, as `format` wants it. Resampling is libvips' (area-averaging when
 * shrinking, so small canvases do not alias), one round trip from the decoded pixels, none when the image needs
 * no scaling; the canvas itself is never built: the tensor is written in one pass (into `into`'s array when given).
 */
export async function canvasTensor(
  image: RgbImage,
  options: CanvasOptions,
  format: PixelFormat,
  into?: (length: number) => Float32Array,
): Promise<{ data: Float32Array; placement: Placement }> {
  const { width, height, margin, fill = [0, 0, 0] } = options;
  const fit = Math.min(width / (image.width * (1 + 2 * margin)), height / (image.height * (1 + 2 * margin)));
  const w = Math.max(1, Math.min(width, Math.round(image.width * fit)));
  const h = Math.max(1, Math.min(height, Math.round(image.height * fit)));
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  const placed = w === image.width && h === image.height ? image : await resized(image, w, h);
  return {
    data: canvasTensorData(placed, { width, height, left, top, fill }, format, into),
    placement: { scaleX: w / image.width, scaleY: h / image.height, offsetX: left, offsetY: top },
  };
}

async function resized(image: RgbImage, width: number, height: number): Promise<RgbImage> {
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width, height };
}

/** Canvas coordinates back to the original image's. */
export const fromCanvas = (placement: Placement, p: Point): Point => ({
  x: (p.x - placement.offsetX) / placement.scaleX,
  y: (p.y - placement.offsetY) / placement.scaleY,
});
