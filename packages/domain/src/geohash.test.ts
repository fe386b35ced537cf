import { describe, expect, it } from 'vitest';
import { encodeGeohash } from './geohash.js';

describe('encodeGeohash', () => {
  it('matches published geohashes', () => {
    // the classic example from the geohash description, and the Sydney Opera House
    expect(encodeGeohash({ lat: 57.64911, lon: 10.40744 }, 11)).toBe('u4pruydqqvj');
    expect(encodeGeohash({ lat: -33.856_784, lon: 151.215_297 }, 6)).toBe('r3gx2u');
  });

  it('gives nearby points a common prefix, and far ones not', () => {
    const a = encodeGeohash({ lat: 52.5163, lon: 13.3777 });
    const b = encodeGeohash({ lat: 52.5164, lon: 13.3778 });
    const c = encodeGeohash({ lat: 40.7128, lon: -74.006 });
    expect(a.slice(0, 6)).toBe(b.slice(0, 6));
    expect(a[0]).not.toBe(c[0]);
  });

  it('handles the edges and refuses what is not a position', () => {
    expect(encodeGeohash({ lat: -90, lon: -180 }, 4)).toBe('0000');
    expect(encodeGeohash({ lat: 90, lon: 180 }, 4)).toBe('zzzz');
    expect(() => encodeGeohash({ lat: 91, lon: 0 })).toThrow(RangeError);
    expect(() => encodeGeohash({ lat: Number.NaN, lon: 0 })).toThrow(RangeError);
  });
});
