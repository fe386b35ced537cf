export { type FolderObjectStoreOptions, openFolderObjectStore } from './folder/folder.object-store.js';
export { type HnswVectorStoreOptions, openHnswVectorStore } from './hnsw/hnsw.vector-store.js';
export { instrumentStorage } from './instrument-storage.js';
export { createMemoryCache, type MemoryCacheOptions } from './memory/memory.cache.js';
export { MIGRATIONS_DIR, migrateAll } from './migrations/migrate-all.js';
export { readMigrations } from './migrations/migration-file.js';
export type { AppliedMigration, Database, MigrationFile, MigrationTarget } from './migrations/migration-target.js';
export { MigrationError, type MigrationStatus, Migrator, migrationLabel } from './migrations/migrator.js';
export {
  type MilvusMigrationTargetOptions,
  openMilvusMigrationTarget,
} from './migrations/milvus.migration-target.js';
export {
  openScyllaMigrationTarget,
  ScyllaMigrationTarget,
  type ScyllaMigrationTargetOptions,
} from './migrations/scylla.migration-target.js';
export { createMilvusClient } from './milvus/milvus.client.js';
export { type MilvusVectorStoreOptions, openMilvusVectorStore } from './milvus/milvus.vector-store.js';
export { MAX_OBJECT_KEY_LENGTH } from './object-key.js';
export {
  hnswSettingsOf,
  keyringOf,
  openMetadataStore,
  openObjectAdapter,
  openObjectStore,
  openStorage,
  type Storage,
  type StoragePort,
} from './open-storage.js';
export type { Cache } from './ports/cache.port.js';
export type * from './ports/metadata.port.js';
export type { ObjectInfo, ObjectStore } from './ports/object.port.js';
export type { VectorFilter, VectorIndex, VectorMatch, VectorRecord, VectorStore } from './ports/vector.port.js';
export { openRedisCache, type RedisCacheOptions } from './redis/redis.cache.js';
export { createS3Client } from './s3/s3.client.js';
export { openS3ObjectStore, type S3ObjectStoreOptions } from './s3/s3.object-store.js';
export { openScyllaMetadataStore, type ScyllaMetadataStoreOptions } from './scylla/scylla.metadata-store.js';
export { ENVELOPE_OVERHEAD, SealError } from './sealed/envelope.js';
export { createKeyring, type Keyring, keyIdOf, type MasterKey } from './sealed/keyring.js';
export { rotateObjects } from './sealed/rotate-objects.js';
export { type RotateOutcome, type SealedObjectStore, sealObjectStore } from './sealed/sealed.object-store.js';
export { SerialQueue } from './serial-queue.js';
export { openSqliteMetadataStore, type SqliteMetadataStoreOptions } from './sqlite/sqlite.metadata-store.js';
