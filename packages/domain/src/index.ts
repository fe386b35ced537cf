export * from './entities.js';
export * from './errors.js';
