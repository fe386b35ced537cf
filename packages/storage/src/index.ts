export type { Cache } from './ports/cache.port.js';
export type * from './ports/metadata.port.js';
export type { ObjectInfo, ObjectStore } from './ports/object.port.js';
export type { VectorFilter, VectorIndex, VectorMatch, VectorRecord, VectorStore } from './ports/vector.port.js';
