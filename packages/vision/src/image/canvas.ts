import sharp from 'sharp';
import type { Point, RgbImage } from '../types.js';

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
 * Scales the image (keeping its aspect ratio) to fit the canvas with `margin` around it, and centres it.
 * Resampling is libvips' (area-averaging when shrinking), so small canvases do not alias.
 */
export async function placeOnCanvas(
  image: RgbImage,
  options: CanvasOptions,
): Promise<{ canvas: RgbImage; placement: Placement }> {
  const { width, height, margin, fill = [0, 0, 0] } = options;
  const fit = Math.min(width / (image.width * (1 + 2 * margin)), height / (image.height * (1 + 2 * margin)));
  const w = Math.max(1, Math.min(width, Math.round(image.width * fit)));
  const h = Math.max(1, Math.min(height, Math.round(image.height * fit)));
  const left = Math.floor((width - w) / 2);
  const top = Math.floor((height - h) / 2);
  const [r, g, b] = fill;
  let pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
  if (w !== image.width || h !== image.height) pipeline = pipeline.resize(w, h, { fit: 'fill' });
  const data = await pipeline
    .extend({ left, top, right: width - w - left, bottom: height - h - top, background: { r, g, b } })
    .raw()
    .toBuffer();
  return {
    canvas: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width, height },
    placement: { scaleX: w / image.width, scaleY: h / image.height, offsetX: left, offsetY: top },
  };
}

/** Canvas coordinates back to the original image's. */
export const fromCanvas = (placement: Placement, p: Point): Point => ({
  x: (p.x - placement.offsetX) / placement.scaleX,
  y: (p.y - placement.offsetY) / placement.scaleY,
});
