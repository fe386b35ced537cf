import { describe, expect, it } from 'vitest';
import { plotPlaces } from './geo-plot.js';

describe('plotPlaces (the offline map)', () => {
  it('keeps every place inside the drawing, north up and east right', () => {
    const places = [
      { lat: 34.1478, lon: -118.1445 }, // Pasadena
      { lat: 40.7128, lon: -74.006 }, // New York
      { lat: 51.5074, lon: -0.1278 }, // London
    ];
    const { points } = plotPlaces(places, 480, 280, 16);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(p.x).toBeLessThanOrEqual(480 - 16 + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(p.y).toBeLessThanOrEqual(280 - 16 + 1e-9);
    }
    const [pasadena, newYork, london] = points as [
      { x: number; y: number },
      { x: number; y: number },
      { x: number; y: number },
    ];
    expect(pasadena.x).toBeLessThan(newYork.x);
    expect(newYork.x).toBeLessThan(london.x);
    expect(london.y).toBeLessThan(newYork.y); // further north is higher up
    expect(newYork.y).toBeLessThan(pasadena.y);
  });

  it('uses one scale for both axes: a square of ground stays square', () => {
    const lat = 60; // a degree of longitude is half a degree of latitude on the ground here
    const { points } = plotPlaces(
      [
        { lat, lon: 10 },
        { lat: lat + 1, lon: 12 },
      ],
      1000,
      1000,
      0,
    );
    const [a, b] = points as [{ x: number; y: number }, { x: number; y: number }];
    const cos = Math.cos(((lat + 0.5) * Math.PI) / 180);
    expect(Math.abs(b.x - a.x) / Math.abs(b.y - a.y)).toBeCloseTo(2 * cos, 6);
  });

  it('puts one place in the middle, and draws nothing for none', () => {
    const { points } = plotPlaces([{ lat: 1, lon: 2 }], 200, 100);
    expect(points).toHaveLength(1);
    expect(points[0]?.x).toBeCloseTo(100, 9);
    expect(points[0]?.y).toBeCloseTo(50, 9);
    expect(plotPlaces([], 200, 100).points).toEqual([]);
  });
});
