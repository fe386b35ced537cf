import type { GeoPoint } from './entities.js';

// Where a appearance happened: distances on the Earth and the two place filters of the appearances query,
// a radius around a point and a latitude/longitude box.

/** Mean Earth radius (IUGG), kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

export function isGeoPoint(p: GeoPoint): boolean {
  return p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180;
}

/** Great-circle distance in kilometres (haversine formula, spherical Earth: within about 0.5 %). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box, edges included. minLon > maxLon means the box crosses the antimeridian
 * (e.g. 170 to -170 spans Fiji).
 */
export interface GeoBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

export type GeoFilter =
  | { readonly kind: 'radius'; readonly center: GeoPoint; readonly radiusKm: number }
  | { readonly kind: 'box'; readonly box: GeoBox };

export function inBox(p: GeoPoint, box: GeoBox): boolean {
  if (p.lat < box.minLat || p.lat > box.maxLat) return false;
  return box.minLon <= box.maxLon
    ? p.lon >= box.minLon && p.lon <= box.maxLon
    : p.lon >= box.minLon || p.lon <= box.maxLon;
}

/** Whether a place passes the filter; a appearance without a place never passes a place filter. */
export function inGeoFilter(p: GeoPoint | undefined, filter: GeoFilter): boolean {
  if (p === undefined) return false;
  return filter.kind === 'radius' ? haversineKm(p, filter.center) <= filter.radiusKm : inBox(p, filter.box);
}

/** Why a box is not one (undefined when it is): latitudes in [-90, 90] and min <= max, longitudes in [-180, 180]. */
export function geoBoxProblem(box: GeoBox): string | undefined {
  if (!isGeoPoint({ lat: box.minLat, lon: box.minLon }) || !isGeoPoint({ lat: box.maxLat, lon: box.maxLon }))
    return 'latitudes are from -90 to 90 and longitudes from -180 to 180';
  if (box.minLat > box.maxLat) return 'min_lat is greater than max_lat';
  return undefined;
}
