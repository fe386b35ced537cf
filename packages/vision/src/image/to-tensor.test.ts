import { requireTestData } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../types.js';
import { loadFace } from '../vision.fixtures.js';
import { canvasTensorData, type PixelFormat, toTensorData } from './to-tensor.js';

const faces = requireTestData('faces');

const image = (width: number, height: number, pixels: number[]): RgbImage => ({
  data: Uint8Array.from(pixels),
  width,
  height,
});

/** The canvas as an image: fill everywhere, `inner` at (left, top). */
function canvasOf(inner: RgbImage, width: number, height: number, left: number, top: number, fill: number[]) {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(fill, i * 3);
  for (let y = 0; y < inner.height; y++)
    data.set(inner.data.subarray(y * inner.width * 3, (y + 1) * inner.width * 3), ((top + y) * width + left) * 3);
  return { data, width, height };
}

describe('toTensorData', () => {
  // two pixels, (10, 20, 30) and (40, 50, 60)
  const pair = image(2, 1, [10, 20, 30, 40, 50, 60]);

  it('normalises per channel, planar (NCHW) or interleaved (NHWC), in RGB or BGR order', () => {
    const rgb: PixelFormat = { layout: 'nchw', channelOrder: 'rgb', mean: [10, 20, 30], std: [2, 4, 5] };
    expect(Array.from(toTensorData([pair], rgb))).toEqual([0, 15, 0, 7.5, 0, 6]);
    const bgr: PixelFormat = { layout: 'nhwc', channelOrder: 'bgr', mean: [30, 20, 10], std: [1, 1, 10] };
    expect(Array.from(toTensorData([pair], bgr))).toEqual([0, 0, 0, 30, 30, 3]);
  });

  it('stacks a batch image after image, and refuses images of different sizes', () => {
    const format: PixelFormat = { layout: 'nchw', channelOrder: 'rgb', mean: [0, 0, 0], std: [1, 1, 1] };
    const other = image(2, 1, [1, 2, 3, 4, 5, 6]);
    expect(Array.from(toTensorData([pair, other], format))).toEqual([10, 40, 20, 50, 30, 60, 1, 4, 2, 5, 3, 6]);
    expect(() => toTensorData([pair, image(1, 1, [0, 0, 0])], format)).toThrow(/differ in size/);
  });
});

describe('canvasTensorData', () => {
  it.skipIf(!faces)('equals the tensor of the canvas built first, for every layout and channel order', async () => {
    const face = await loadFace('strangers/fearful.jpg');
    const [width, height, left, top] = [face.width + 37, face.height + 20, 21, 9];
    const fill = [104, 117, 123];
    for (const layout of ['nchw', 'nhwc'] as const)
      for (const channelOrder of ['rgb', 'bgr'] as const) {
        const format: PixelFormat = { layout, channelOrder, mean: [127.5, 120, 104], std: [128, 64, 1] };
        const direct = canvasTensorData(face, { width, height, left, top, fill: [104, 117, 123] }, format);
        const built = toTensorData([canvasOf(face, width, height, left, top, fill)], format);
        expect(Buffer.from(direct.buffer).equals(Buffer.from(built.buffer)), `${layout} ${channelOrder}`).toBe(true);
      }
  });

  it('refuses an image that does not fit the canvas', () => {
    const format: PixelFormat = { layout: 'nhwc', channelOrder: 'rgb', mean: [0, 0, 0], std: [1, 1, 1] };
    const one = image(1, 1, [0, 0, 0]);
    expect(() => canvasTensorData(one, { width: 4, height: 4, left: 4, top: 0, fill: [0, 0, 0] }, format)).toThrow(
      /does not fit/,
    );
  });
});
