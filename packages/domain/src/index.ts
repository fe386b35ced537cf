export * from './entities.js';
export * from './error-status.js';
export * from './errors.js';
export * from './geo.js';
export * from './geohash.js';
export * from './matching.js';
