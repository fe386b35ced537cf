import { describe, expect, it } from 'vitest';
import { decodeScrfd, type ScrfdLevel } from './scrfd.decoder.js';

describe('decodeScrfd', () => {
  it('has two anchors per cell centred on its corner; distances to the sides and points in stride units', () => {
    const cells = 3;
    const l: ScrfdLevel = {
      stride: 16,
      columns: cells,
      rows: cells,
      score: new Float32Array(cells * cells * 2),
      bbox: new Float32Array(cells * cells * 2 * 4),
      kps: new Float32Array(cells * cells * 2 * 10),
    };
    const n = (2 * cells + 1) * 2 + 1; // row 2, column 1, second anchor
    l.score[n] = 0.7;
    l.score[0] = 0.3;
    l.bbox.set([1, 0.5, 2, 1.5], n * 4);
    l.kps.set([-0.5, -0.25, 0.5, -0.25, 0, 0, -0.25, 0.5, 0.25, 0.5], n * 10);
    const [face, ...rest] = decodeScrfd([l], 0.5);
    expect(rest).toEqual([]);
    expect(face?.score).toBeCloseTo(0.7, 6);
    const [cx, cy] = [16, 32];
    expect(face?.box).toEqual({ x: cx - 16, y: cy - 8, width: 48, height: 32 });
    expect(face?.points[0]).toEqual({ x: cx - 8, y: cy - 4 });
    expect(face?.points[2]).toEqual({ x: cx, y: cy });
    expect(face?.points[4]).toEqual({ x: cx + 4, y: cy + 8 });
  });
});
