import { requireTestData } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { loadFace } from '../vision.fixtures.js';
import { faceSharpness, laplacianVariance, lumaInto } from './sharpness.js';

const faces = requireTestData('faces');

describe('faceSharpness', () => {
  it.skipIf(!faces)(
    'measures each face alike whatever was measured before (its scratch crops are reused)',
    async () => {
      const photo = await loadFace('group/bbt1.jpg');
      const boxes = [
        { x: 300, y: 120, width: 260, height: 300 }, // shrunk onto 96 px
        { x: 900, y: 200, width: 40, height: 30 }, // enlarged, and wider than high
        { x: 1300, y: 700, width: 200, height: 200 }, // cut by the border
      ];
      const first = boxes.map((box) => faceSharpness(photo, box));
      const again = [...boxes].reverse().map((box) => faceSharpness(photo, box));
      expect(again.reverse()).toEqual(first);
      for (const value of first) expect(value).toBeGreaterThan(0);
    },
  );

  it('is 0 for a flat image and for a box too thin to measure', () => {
    const flat = { data: new Uint8Array(64 * 64 * 3).fill(90), width: 64, height: 64 };
    expect(faceSharpness(flat, { x: 8, y: 8, width: 40, height: 40 })).toBe(0);
    expect(faceSharpness(flat, { x: 8, y: 8, width: 2, height: 40 })).toBe(0);
  });
});

describe('laplacianVariance', () => {
  it('is the variance of the 4-neighbour Laplacian over the interior', () => {
    // a single bright pixel in the middle of 5 x 5: Laplacian -4v at it, v at its 4 neighbours, 0 at the 4 corners
    const grey = new Float32Array(25);
    grey[12] = 10;
    const values = [0, 10, 0, 10, -40, 10, 0, 10, 0];
    const mean = values.reduce((s, v) => s + v, 0) / 9;
    expect(laplacianVariance(grey, 5, 5)).toBeCloseTo(values.reduce((s, v) => s + (v - mean) ** 2, 0) / 9, 9);
  });

  it('takes BT.601 luma', () => {
    const grey = lumaInto(Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 10, 10]), 4, new Float32Array(4));
    expect(Array.from(grey).map((v) => Number(v.toFixed(3)))).toEqual([76.245, 149.685, 29.07, 10]);
  });
});
