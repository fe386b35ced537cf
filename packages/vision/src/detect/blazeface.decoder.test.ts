import { describe, expect, it } from 'vitest';
import { BLAZEFACE_VALUES_PER_ANCHOR, blazeFaceAnchors, decodeBlazeFace } from './blazeface.decoder.js';

describe('blazeFaceAnchors', () => {
  it('has 896 anchors: 16x16x2 then 8x8x6, centred in their cells', () => {
    const a = blazeFaceAnchors();
    expect(a.length / 2).toBe(896);
    expect([a[0], a[1], a[2], a[3], a[4]]).toEqual([0.5 / 16, 0.5 / 16, 0.5 / 16, 0.5 / 16, 1.5 / 16]);
    expect([a[512 * 2], a[512 * 2 + 1]]).toEqual([0.5 / 8, 0.5 / 8]);
    expect([a[895 * 2], a[895 * 2 + 1]]).toEqual([7.5 / 8, 7.5 / 8]);
  });
});

describe('decodeBlazeFace', () => {
  it('decodes offsets against the anchor centre in input pixels, with a sigmoid score', () => {
    const anchors = Float32Array.from([0.5, 0.25]);
    const boxes = new Float32Array(BLAZEFACE_VALUES_PER_ANCHOR);
    boxes.set([4, -2, 40, 50, -10, -5, 10, -5, 0, 5, 0, 15, -20, 0, 20, 0]);
    const [face] = decodeBlazeFace(Float32Array.from([2]), boxes, anchors, 128, 0.5);
    expect(face?.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(face?.box).toEqual({ x: 64 + 4 - 20, y: 32 - 2 - 25, width: 40, height: 50 });
    expect(face?.points).toHaveLength(6);
    expect(face?.points[0]).toEqual({ x: 54, y: 27 });
    expect(face?.points[5]).toEqual({ x: 84, y: 32 });
    expect(decodeBlazeFace(Float32Array.from([-2]), boxes, anchors, 128, 0.5)).toEqual([]);
  });
});
