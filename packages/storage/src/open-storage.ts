import { join } from 'node:path';
import type { Config } from '@freeface/config';
import { openFolderObjectStore } from './folder/folder.object-store.js';
import { type HnswVectorStoreOptions, openHnswVectorStore } from './hnsw/hnsw.vector-store.js';
import { createMemoryCache } from './memory/memory.cache.js';
import { openMilvusVectorStore } from './milvus/milvus.vector-store.js';
import type { Cache } from './ports/cache.port.js';
import type { MetadataStore } from './ports/metadata.port.js';
import type { ObjectStore } from './ports/object.port.js';
import type { VectorStore } from './ports/vector.port.js';
import { openRedisCache } from './redis/redis.cache.js';
import { openS3ObjectStore } from './s3/s3.object-store.js';
import { openScyllaMetadataStore } from './scylla/scylla.metadata-store.js';
import { createKeyring, type Keyring } from './sealed/keyring.js';
import { sealObjectStore } from './sealed/sealed.object-store.js';
import { openSqliteMetadataStore } from './sqlite/sqlite.metadata-store.js';

export type StoragePort = 'metadata' | 'vectors' | 'objects' | 'cache';

const BACKENDS = {
  embedded: { metadata: 'sqlite', vectors: 'hnsw', objects: 'folder', cache: 'memory' },
  cluster: { metadata: 'scylla', vectors: 'milvus', objects: 's3', cache: 'redis' },
} as const;

/** Every storage port, opened with the adapters of the configured profile. */
export interface Storage {
  readonly metadata: MetadataStore;
  readonly vectors: VectorStore;
  readonly objects: ObjectStore;
  readonly cache: Cache;
  /** which backend serves each port: metrics and spans name it */
  readonly backends: Readonly<Record<StoragePort, string>>;
  /** pings every backend: 'ok' or what went wrong, per port (readiness) */
  check(): Promise<Record<'metadata' | 'vectors' | 'objects' | 'cache', 'ok' | string>>;
  close(): Promise<void>;
}

/**
 * The metadata store alone, for a process that needs no other port (the extractor checks API keys in it):
 * SQLite under runtime.dataDir (embedded) or ScyllaDB (cluster).
 */
export function openMetadataStore(config: Config): Promise<MetadataStore> {
  return config.runtime.profile === 'embedded'
    ? openSqliteMetadataStore({ dataDir: config.runtime.dataDir })
    : openScyllaMetadataStore(config);
}

/**
 * The object store of the configured profile (a folder under runtime.dataDir, or S3), sealed with the
 * encryption keys when FREEFACE_ENCRYPTION_KEY is set.
 */
export async function openObjectStore(config: Config): Promise<ObjectStore> {
  const inner = await openObjectAdapter(config);
  const keyring = keyringOf(config);
  return keyring ? sealObjectStore(inner, keyring) : inner;
}

/** The object store of the profile as it is, unsealed: what `freeface keys rotate` seals. */
export function openObjectAdapter(config: Config): Promise<ObjectStore> {
  return config.runtime.profile === 'embedded'
    ? openFolderObjectStore({ dir: join(config.runtime.dataDir, 'objects') })
    : openS3ObjectStore(config);
}

/** The keyring of the encryption settings; undefined when encryption at rest is off. */
export function keyringOf(config: Config): Keyring | undefined {
  const { key, previousKeys } = config.encryption;
  return key === undefined ? undefined : createKeyring(key, previousKeys);
}

/** The embedded index's graph and snapshot settings (the `vectors` group). */
export function hnswSettingsOf(config: Config): Omit<HnswVectorStoreOptions, 'dir'> {
  const v = config.vectors;
  return {
    m: v.hnswM,
    efConstruction: v.hnswEfConstruction,
    efSearch: v.hnswEfSearch,
    snapshotChanges: v.snapshotChanges,
    snapshotMs: v.snapshotSeconds * 1000,
  };
}

/**
 * embedded: SQLite, HNSW, a folder and memory under runtime.dataDir.
 * cluster: ScyllaDB, Milvus, S3 and DragonflyDB/Redis at the configured addresses (schemas from `migrate up`).
 */
export async function openStorage(config: Config): Promise<Storage> {
  const dataDir = config.runtime.dataDir;
  const [metadata, vectors, objects, cache] =
    config.runtime.profile === 'embedded'
      ? await Promise.all([
          openSqliteMetadataStore({ dataDir }),
          openHnswVectorStore({ dir: join(dataDir, 'vectors'), ...hnswSettingsOf(config) }),
          openObjectStore(config),
          createMemoryCache({ maxEntries: 100_000 }),
        ])
      : await Promise.all([
          openScyllaMetadataStore(config),
          openMilvusVectorStore(config),
          openObjectStore(config),
          openRedisCache(config),
        ]);
  const ports = { metadata, vectors, objects, cache };
  return {
    ...ports,
    backends: BACKENDS[config.runtime.profile],
    async check() {
      const entries = await Promise.all(
        Object.entries(ports).map(async ([name, port]) => {
          try {
            await port.ping();
            return [name, 'ok'] as const;
          } catch (error) {
            return [name, error instanceof Error ? error.message : String(error)] as const;
          }
        }),
      );
      return Object.fromEntries(entries) as Record<keyof typeof ports, string>;
    },
    async close() {
      await Promise.allSettled(Object.values(ports).map((port) => port.close()));
    },
  };
}
