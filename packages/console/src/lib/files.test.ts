import { describe, expect, it } from 'vitest';
import { base64Of, boxStyle, grownBox, overlap } from './files.js';

describe('face boxes and image data', () => {
  it('grows a box by its margin on each side and keeps it inside the image', () => {
    expect(grownBox({ x: 100, y: 100, width: 50, height: 60 }, 400, 300)).toEqual({
      x: 75,
      y: 70,
      width: 100,
      height: 120,
    });
    // at the top-left corner and the right edge: cut at the image's borders
    expect(grownBox({ x: 5, y: 5, width: 40, height: 40 }, 60, 60)).toEqual({ x: 0, y: 0, width: 60, height: 60 });
  });

  it('places a box in percent of the image, whatever size it is shown at', () => {
    expect(boxStyle({ x: 50, y: 25, width: 100, height: 50 }, 200, 100)).toEqual({
      left: '25.000%',
      top: '25.000%',
      width: '50.000%',
      height: '50.000%',
    });
  });

  it('encodes bytes as plain base64, large ones too', async () => {
    // past one chunk of the encoder; atob is the browser's own decoder
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const decoded = Uint8Array.from(atob(await base64Of(new Blob([bytes]))), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });

  it('measures how much two boxes overlap (intersection over union)', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlap(a, a)).toBe(1);
    expect(overlap(a, { x: 5, y: 0, width: 10, height: 10 })).toBeCloseTo(50 / 150, 9);
    expect(overlap(a, { x: 20, y: 20, width: 5, height: 5 })).toBe(0);
  });
});
