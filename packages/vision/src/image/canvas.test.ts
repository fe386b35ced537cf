import { requireTestData } from '@freeface/testing';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFace } from '../vision.fixtures.js';
import { canvasTensor, fromCanvas } from './canvas.js';
import { type PixelFormat, toTensorData } from './to-tensor.js';

const faces = requireTestData('faces');

const format: PixelFormat = {
  layout: 'nhwc',
  channelOrder: 'rgb',
  mean: [127.5, 127.5, 127.5],
  std: [127.5, 127.5, 127.5],
};

describe.skipIf(!faces)('canvasTensor', () => {
  it('is the tensor of the image resized by libvips and centred on the fill colour, with its placement', async () => {
    const face = await loadFace('group/bbt1.jpg'); // 1366 x 768
    const { data, placement } = await canvasTensor(
      face,
      { width: 256, height: 256, margin: 0.2, fill: [9, 8, 7] },
      format,
    );
    // the same canvas built by sharp in one pipeline: resize to fit with the margin, then extend
    const w = Math.round(1366 * (256 / (1366 * 1.4)));
    const h = Math.round(768 * (256 / (1366 * 1.4)));
    const [left, top] = [Math.floor((256 - w) / 2), Math.floor((256 - h) / 2)];
    const canvas = await sharp(face.data, { raw: { width: face.width, height: face.height, channels: 3 } })
      .resize(w, h, { fit: 'fill' })
      .extend({ left, top, right: 256 - w - left, bottom: 256 - h - top, background: { r: 9, g: 8, b: 7 } })
      .raw()
      .toBuffer();
    const expected = toTensorData([{ data: canvas, width: 256, height: 256 }], format);
    expect(Buffer.from(data.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
    expect(placement).toEqual({ scaleX: w / 1366, scaleY: h / 768, offsetX: left, offsetY: top });
    const corner = fromCanvas(placement, { x: left + w, y: top + h });
    expect(corner.x).toBeCloseTo(1366, 6);
    expect(corner.y).toBeCloseTo(768, 6);
  });

  it('takes the pixels as they are when no scaling is needed', async () => {
    const face = await loadFace('strangers/fearful.jpg'); // 276 x 183
    const [width, height] = [276, 183 + 2 * 30]; // fits across, room above and below
    const { data, placement } = await canvasTensor(face, { width, height, margin: 0 }, format);
    expect(placement).toEqual({ scaleX: 1, scaleY: 1, offsetX: 0, offsetY: 30 });
    const at = (x: number, y: number) => Array.from(data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3));
    const pixel = (x: number, y: number) =>
      Array.from(face.data.subarray((y * 276 + x) * 3, (y * 276 + x) * 3 + 3)).map((v) =>
        Math.fround((v - 127.5) / 127.5),
      );
    expect(at(0, 30)).toEqual(pixel(0, 0));
    expect(at(100, 30 + 50)).toEqual(pixel(100, 50));
    expect(at(0, 0)).toEqual([-1, -1, -1]); // black fill
  });
});
