import type { GeoPoint } from './entities.js';

// Geohash (base32, interleaved longitude/latitude bits): nearby points share a prefix, so a store can
// keep it beside a appearance and later answer "near here" by prefix. 9 characters is about 5 m.

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

export function encodeGeohash({ lat, lon }: GeoPoint, precision = 9): string {
  if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
    throw new RangeError(`not a position on Earth: ${lat}, ${lon}`);
  }
  const range = { lat: [-90, 90], lon: [-180, 180] };
  let hash = '';
  let bits = 0;
  let value = 0;
  let lonBit = true;
  while (hash.length < precision) {
    const [lo = 0, hi = 0] = lonBit ? range.lon : range.lat;
    const mid = (lo + hi) / 2;
    const x = lonBit ? lon : lat;
    const target = lonBit ? range.lon : range.lat;
    value <<= 1;
    if (x >= mid) {
      value |= 1;
      target[0] = mid;
    } else {
      target[1] = mid;
    }
    lonBit = !lonBit;
    if (++bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}
