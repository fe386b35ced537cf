import { describe, expect, it } from 'vitest';
import { decodeYunet, type YunetLevel } from './yunet.decoder.js';

const level = (stride: number, cells: number): YunetLevel => ({
  stride,
  columns: cells,
  rows: cells,
  cls: new Float32Array(cells * cells),
  obj: new Float32Array(cells * cells),
  bbox: new Float32Array(cells * cells * 4),
  kps: new Float32Array(cells * cells * 10),
});

describe('decodeYunet', () => {
  it('scores sqrt(cls * obj), places the box and points against the cell in stride units', () => {
    const l = level(8, 4);
    const n = 1 * 4 + 2; // row 1, column 2
    l.cls[n] = 0.81;
    l.obj[n] = 1;
    l.bbox.set([0.5, 0.25, Math.log(2), Math.log(4)], n * 4);
    l.kps.set([0, 0, 1, 0, 0.5, 0.5, 0, 1, 1, 1], n * 10);
    const [face, ...rest] = decodeYunet([l], 0.5);
    expect(rest).toEqual([]);
    expect(face?.score).toBeCloseTo(0.9, 6);
    const cx = (2 + 0.5) * 8;
    const cy = (1 + 0.25) * 8;
    expect(face?.box.x).toBeCloseTo(cx - 8, 5);
    expect(face?.box.y).toBeCloseTo(cy - 16, 5);
    expect(face?.box.width).toBeCloseTo(16, 5);
    expect(face?.box.height).toBeCloseTo(32, 5);
    expect(face?.points[0]).toEqual({ x: 16, y: 8 });
    expect(face?.points[1]).toEqual({ x: 24, y: 8 });
    expect(face?.points[4]).toEqual({ x: 24, y: 16 });
  });

  it('drops scores under the threshold and clamps scores out of [0, 1]', () => {
    const l = level(16, 2);
    l.cls.set([0.2, 1.5, 0.9, -0.1]);
    l.obj.set([0.2, 1, 0.9, 1]);
    const faces = decodeYunet([l], 0.5);
    expect(faces.map((f) => f.score)).toEqual([1, expect.closeTo(0.9, 6)]);
  });
});
