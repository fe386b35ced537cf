import { requireTestData } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { loadFace } from '../vision.fixtures.js';
import { boxShrink } from './box-shrink.js';

const faces = requireTestData('faces');

describe('boxShrink', () => {
  it.skipIf(!faces)('gives each block of a real photo its mean colour', async () => {
    const face = await loadFace('group/bbt3.jpg');
    const factor = 5;
    const region = { x: 40, y: 30, columns: 20, rows: 12, factor };
    const small = boxShrink(face, region);
    expect([small.width, small.height]).toEqual([20, 12]);
    for (const [u, v] of [
      [0, 0],
      [7, 3],
      [19, 11],
    ] as Array<[number, number]>)
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let y = 0; y < factor; y++)
          for (let x = 0; x < factor; x++)
            sum += face.data[((30 + v * factor + y) * face.width + 40 + u * factor + x) * 3 + c] as number;
        expect(small.data[(v * 20 + u) * 3 + c], `block ${u},${v}`).toBe(Math.round(sum / (factor * factor)));
      }
  });

  it('counts pixels outside the source as black', () => {
    const white = { data: new Uint8Array(6 * 6 * 3).fill(255), width: 6, height: 6 };
    // blocks of 4 from (-2, -2): the first holds 2 x 2 image pixels, the next 4 x 2, the corner past the image none
    const small = boxShrink(white, { x: -2, y: -2, columns: 3, rows: 3, factor: 4 });
    expect(Array.from(small.data.filter((_, i) => i % 3 === 0))).toEqual([64, 128, 0, 128, 255, 0, 0, 0, 0]);
  });
});
