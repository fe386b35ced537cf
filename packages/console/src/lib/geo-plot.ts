// The offline map: places as points in a plain longitude/latitude plot, fitted to where they are.

export interface Place {
  lat: number;
  lon: number;
}

export interface Plot {
  /** where each place goes in a width x height drawing (y grows downwards), in the order given */
  points: { x: number; y: number }[];
  bounds: { minLat: number; maxLat: number; minLon: number; maxLon: number };
}

/**
 * Fits the places into width x height with `pad` pixels of margin, equirectangular, one scale for both axes
 * (corrected by the cosine of the middle latitude, so a place's neighbours keep their bearings). A single
 * place, or places at one point, sit in the middle of a window of at least `minSpanDeg` degrees.
 */
export function plotPlaces(places: Place[], width: number, height: number, pad = 16, minSpanDeg = 0.01): Plot {
  if (places.length === 0) return { points: [], bounds: { minLat: -90, maxLat: 90, minLon: -180, maxLon: 180 } };
  let minLat = Math.min(...places.map((p) => p.lat));
  let maxLat = Math.max(...places.map((p) => p.lat));
  let minLon = Math.min(...places.map((p) => p.lon));
  let maxLon = Math.max(...places.map((p) => p.lon));
  const widen = (lo: number, hi: number): [number, number] => {
    const mid = (lo + hi) / 2;
    const half = Math.max(hi - lo, minSpanDeg) / 2;
    return [mid - half, mid + half];
  };
  [minLat, maxLat] = widen(minLat, maxLat);
  [minLon, maxLon] = widen(minLon, maxLon);
  const cos = Math.max(Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180), 0.01);
  const spanX = (maxLon - minLon) * cos;
  const spanY = maxLat - minLat;
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return {
    points: places.map((p) => ({
      x: offsetX + (p.lon - minLon) * cos * scale,
      y: offsetY + (maxLat - p.lat) * scale,
    })),
    bounds: { minLat, maxLat, minLon, maxLon },
  };
}
