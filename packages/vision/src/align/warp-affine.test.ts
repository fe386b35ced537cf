import { requireTestData } from '@freeface/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RgbImage } from '../types.js';
import { loadFace } from '../vision.fixtures.js';
import { applySimilarity, invertSimilarity, type Similarity, similarityScale } from './similarity-transform.js';
import { warpSimilarity, warpSimilarityInto } from './warp-affine.js';

const faces = requireTestData('faces');

function checkerboard(size: number): RgbImage {
  const data = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) data.fill((x + y) % 2 ? 255 : 0, (y * size + x) * 3, (y * size + x) * 3 + 3);
  return { data, width: size, height: size };
}

/** A small deterministic generator (mulberry32), so every run tests the same "random" transforms. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The warp by its definition, unrounded and written for clarity, not speed: each output pixel is the mean of
 * k x k bilinear samples (k = ceil(1 / scale)) at the inverse-mapped sub-pixel positions, black outside.
 */
function referenceWarp(source: RgbImage, transform: Similarity, width: number, height: number): Float64Array {
  const inverse = invertSimilarity(transform);
  const k = Math.max(1, Math.ceil(1 / similarityScale(transform) - 1e-9));
  const pixel = (x: number, y: number, c: number) =>
    x < 0 || y < 0 || x >= source.width || y >= source.height ? 0 : (source.data[(y * source.width + x) * 3 + c] ?? 0);
  const out = new Float64Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let j = 0; j < k; j++)
        for (let i = 0; i < k; i++) {
          const p = applySimilarity(inverse, { x: x + (i + 0.5) / k - 0.5, y: y + (j + 0.5) / k - 0.5 });
          const x0 = Math.floor(p.x);
          const y0 = Math.floor(p.y);
          const fx = p.x - x0;
          const fy = p.y - y0;
          for (let c = 0; c < 3; c++) {
            const top = pixel(x0, y0, c) * (1 - fx) + pixel(x0 + 1, y0, c) * fx;
            const bottom = pixel(x0, y0 + 1, c) * (1 - fx) + pixel(x0 + 1, y0 + 1, c) * fx;
            out[(y * width + x) * 3 + c] =
              (out[(y * width + x) * 3 + c] ?? 0) + (top * (1 - fy) + bottom * fy) / (k * k);
          }
        }
  return out;
}

const worstDifference = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return worst;
};

describe('warpSimilarity', () => {
  let face: RgbImage;
  beforeAll(async () => {
    if (faces) face = await loadFace('group/bbt4.jpg');
  });

  it.skipIf(!faces)('reproduces the image exactly under the identity', () => {
    const same = warpSimilarity(face, { a: 1, b: 0, tx: 0, ty: 0 }, face.width, face.height).data;
    expect(Buffer.from(same).equals(face.data)).toBe(true);
  });

  it.skipIf(!faces)('shifts exactly under whole-pixel translations, black where the source ends', () => {
    const width = 200;
    const height = 150;
    for (const [tx, ty] of [
      [3, 2],
      [-17, 5],
      [0, -40],
    ] as Array<[number, number]>) {
      const expected = new Uint8Array(width * height * 3); // black
      for (let y = Math.max(0, ty); y < Math.min(height, face.height + ty); y++)
        for (let x = Math.max(0, tx); x < Math.min(width, face.width + tx); x++)
          expected.set(
            face.data.subarray(((y - ty) * face.width + x - tx) * 3, ((y - ty) * face.width + x - tx) * 3 + 3),
            (y * width + x) * 3,
          );
      const shifted = warpSimilarity(face, { a: 1, b: 0, tx, ty }, width, height).data;
      expect(Buffer.from(shifted).equals(expected), `shift ${tx},${ty}`).toBe(true);
    }
  });

  it.skipIf(!faces)('matches the definition within float noise on random similarity transforms of a real photo', () => {
    const next = random(7);
    for (let n = 0; n < 24; n++) {
      const scale = 0.26 + next() * 2.5; // from 4 samples per axis (shrinking) to enlarging 2.8 times
      const angle = (next() - 0.5) * 1.2;
      const transform = {
        a: scale * Math.cos(angle),
        b: scale * Math.sin(angle),
        // some crops reach beyond the photo's border
        tx: -next() * face.width * scale + 40,
        ty: -next() * face.height * scale + 40,
      };
      const width = 40 + Math.floor(next() * 80);
      const height = 40 + Math.floor(next() * 80);
      const fast = warpSimilarity(face, transform, width, height).data;
      // every output value is the definition's value, rounded: off by at most half a level plus float noise
      expect(worstDifference(fast, referenceWarp(face, transform, width, height)), `transform ${n}`).toBeLessThan(
        0.5 + 1e-3,
      );
    }
  });

  it('averages when it shrinks, so a fine checkerboard becomes grey instead of aliasing', () => {
    const small = warpSimilarity(checkerboard(64), { a: 0.25, b: 0, tx: 0, ty: 0 }, 14, 14);
    for (const v of small.data.subarray((3 * 14 + 1) * 3, (3 * 14 + 13) * 3))
      expect(Math.abs(v - 128)).toBeLessThan(40);
  });

  it('box-filters before sampling when it shrinks more than four times, so every source pixel counts', () => {
    // 10 and 23 times smaller, turned by 11 and 5 degrees: beyond 4 x 4 samples per pixel, which alone would
    // see mostly one colour of the checkerboard
    const board = checkerboard(512);
    for (const shrink of [10, 23]) {
      const transform = { a: 1 / shrink, b: 0.02, tx: 0, ty: 0 };
      const inverse = invertSimilarity(transform);
      const size = Math.floor(512 / shrink);
      const grey = warpSimilarity(board, transform, size, size);
      let tested = 0;
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) {
          const p = applySimilarity(inverse, { x, y });
          if (Math.min(p.x, p.y) < shrink || Math.max(p.x, p.y) > 512 - shrink) continue; // near or beyond the edge
          expect(Math.abs((grey.data[(y * size + x) * 3] as number) - 127.5), `1/${shrink}`).toBeLessThan(3);
          tested++;
        }
      expect(tested).toBeGreaterThan((size * size) / 2);
    }
  });

  it('keeps a smooth image smooth and in place when it shrinks strongly', () => {
    // red grows by 3 per column, green by 0.4 per row
    const ramp = { data: new Uint8Array(80 * 600 * 3), width: 80, height: 600 };
    for (let y = 0; y < 600; y++)
      for (let x = 0; x < 80; x++) ramp.data.set([x * 3, Math.round(y * 0.4), 100], (y * 80 + x) * 3);
    const small = warpSimilarity(ramp, { a: 1 / 6, b: 0, tx: 0, ty: 0 }, 12, 90);
    // output pixel (x, y) is centred on source (6x, 6y): red 18x, green 2.4y, blue unchanged
    for (let y = 5; y < 85; y += 10)
      for (let x = 2; x < 10; x++) {
        const o = (y * 12 + x) * 3;
        expect(Math.abs((small.data[o] as number) - 18 * x), `red at ${x},${y}`).toBeLessThan(1.5);
        expect(Math.abs((small.data[o + 1] as number) - 2.4 * y), `green at ${x},${y}`).toBeLessThan(1.5);
        expect(small.data[o + 2]).toBe(100);
      }
  });

  it.skipIf(!faces)('writes into a buffer the caller owns, and refuses one too small', () => {
    const transform = { a: 1.3, b: 0.2, tx: -300, ty: -200 };
    const out = new Uint8Array(50 * 40 * 3 + 9).fill(7);
    warpSimilarityInto(face, transform, out, 50, 40);
    expect(out.subarray(0, 50 * 40 * 3)).toEqual(warpSimilarity(face, transform, 50, 40).data);
    expect(Array.from(out.subarray(50 * 40 * 3))).toEqual(new Array(9).fill(7));
    expect(() => warpSimilarityInto(face, transform, new Uint8Array(10), 50, 40)).toThrow(/needs more/);
  });
});
