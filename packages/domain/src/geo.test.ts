import { describe, expect, it } from 'vitest';
import { geoBoxProblem, haversineKm, inBox, inGeoFilter } from './geo.js';

const paris = { lat: 48.8566, lon: 2.3522 };
const london = { lat: 51.5074, lon: -0.1278 };
const berlin = { lat: 52.52, lon: 13.405 };

describe('haversineKm', () => {
  it('gives the known great-circle distances', () => {
    expect(haversineKm(paris, london)).toBeCloseTo(343.5, 0); // published: about 344 km
    expect(haversineKm(paris, berlin)).toBeCloseTo(878, -1);
    expect(haversineKm(paris, paris)).toBe(0);
    // a quarter of the equator, and the way round the antimeridian rather than across the globe
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 })).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
    expect(haversineKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.2, 0);
  });
});

describe('place filters', () => {
  it('keeps a point inside a radius, edges included', () => {
    const nearParis = { kind: 'radius', center: paris, radiusKm: 400 } as const;
    expect(inGeoFilter(london, nearParis)).toBe(true);
    expect(inGeoFilter(berlin, nearParis)).toBe(false);
    expect(inGeoFilter(paris, { kind: 'radius', center: paris, radiusKm: 0 })).toBe(true);
  });

  it('keeps a point inside a box, and handles a box across the antimeridian', () => {
    const europe = { minLat: 45, minLon: -5, maxLat: 55, maxLon: 10 };
    expect(inBox(paris, europe)).toBe(true);
    expect(inBox(london, europe)).toBe(true);
    expect(inBox(berlin, europe)).toBe(false);
    expect(inBox({ lat: 55, lon: 10 }, europe)).toBe(true);
    const fiji = { minLat: -21, minLon: 176, maxLat: -12, maxLon: -178 };
    expect(inBox({ lat: -17.7, lon: 178.1 }, fiji)).toBe(true);
    expect(inBox({ lat: -16.5, lon: -179.9 }, fiji)).toBe(true);
    expect(inBox({ lat: -17, lon: 0 }, fiji)).toBe(false);
  });

  it('never lets a appearance without a place through a place filter', () => {
    expect(inGeoFilter(undefined, { kind: 'box', box: { minLat: -90, minLon: -180, maxLat: 90, maxLon: 180 } })).toBe(
      false,
    );
  });

  it('says what is wrong with a box', () => {
    expect(geoBoxProblem({ minLat: 45, minLon: -5, maxLat: 55, maxLon: 10 })).toBeUndefined();
    expect(geoBoxProblem({ minLat: 56, minLon: -5, maxLat: 55, maxLon: 10 })).toMatch(/min_lat/);
    expect(geoBoxProblem({ minLat: 0, minLon: -190, maxLat: 1, maxLon: 10 })).toMatch(/longitudes/);
  });
});
