import { requireTestData } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { warpSimilarity } from '../align/warp-affine.js';
import { loadFace } from '../vision.fixtures.js';
import { scaleCropInto } from './scale-crop.js';

const faces = requireTestData('faces');

describe.skipIf(!faces)('scaleCropInto', () => {
  it('gives the crop warpSimilarity gives for the same scale and offset, up to rounding ties', async () => {
    const photo = await loadFace('group/bbt1.jpg');
    // enlarging, shrinking by 2, 3 and 4 samples per axis, beyond (box-filtered), and a crop past the border
    for (const [scale, left, top, width, height] of [
      [1.7, 200.3, 100.8, 90, 70],
      [0.61, 310.2, 120.6, 96, 80],
      [0.4, 50, 33.3, 96, 96],
      [0.26, 700.9, 0, 96, 60],
      [0.08, 0, 0, 96, 54],
      [0.9, 1300.5, 720.2, 96, 96],
    ] as Array<[number, number, number, number, number]>) {
      const out = new Uint8Array(width * height * 3);
      scaleCropInto(photo, { scale, left, top, width, height }, out);
      const warped = warpSimilarity(photo, { a: scale, b: 0, tx: -left * scale, ty: -top * scale }, width, height);
      let differing = 0;
      for (let i = 0; i < out.length; i++) {
        expect(Math.abs((out[i] as number) - (warped.data[i] as number)), `scale ${scale}`).toBeLessThanOrEqual(1);
        if (out[i] !== warped.data[i]) differing++;
      }
      expect(differing, `scale ${scale}`).toBeLessThan(out.length / 1000);
    }
  });
});
