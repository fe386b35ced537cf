import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PROJECT_ROOT, requireBackend } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createMilvusClient } from '../milvus/milvus.client.js';
import { openMilvusVectorStore } from '../milvus/milvus.vector-store.js';
import { readMigrations } from './migration-file.js';
import type { MigrationTarget } from './migration-target.js';
import { Migrator } from './migrator.js';
import { parseOperations } from './milvus.migration-ops.js';
import { openMilvusMigrationTarget } from './milvus.migration-target.js';

const { up, config } = await requireBackend('milvus');
const collectionPrefix = `fftest_mig_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const files = readMigrations(join(PROJECT_ROOT, 'db/migration/milvus'), 'milvus');
const faceCollections = [`${collectionPrefix}_dlib_resnet_128`, `${collectionPrefix}_mobilefacenet_128`];

async function withTarget<T>(fn: (target: MigrationTarget) => Promise<T>): Promise<T> {
  const target = await openMilvusMigrationTarget(config, { collectionPrefix });
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}

async function collections(): Promise<string[]> {
  const client = createMilvusClient(config);
  try {
    const { data } = await client.showCollections();
    return data.map((c) => c.name).filter((n) => n.startsWith(collectionPrefix));
  } finally {
    await client.closeConnection();
  }
}

afterAll(async () => {
  if (!up) return;
  const client = createMilvusClient(config);
  try {
    for (const name of await collections()) await client.dropCollection({ collection_name: name });
  } finally {
    await client.closeConnection();
  }
}, 120_000);

describe('milvus migration operations', () => {
  it('reads db/migration/milvus and accepts its operations', () => {
    expect(files.map((f) => [f.version, f.name])).toEqual([[1, 'face_embeddings']]);
    expect(parseOperations(files[0]?.up ?? []).map((o) => o.op)).toContain('create_collection');
    expect(parseOperations(files[0]?.down ?? []).every((o) => o.op === 'drop_collection')).toBe(true);
  });

  it('refuses a malformed operation, naming it', () => {
    expect(() => parseOperations([{ op: 'create_collection', model: 'm' }])).toThrow(/operation 1 .*dimension/);
    expect(() =>
      parseOperations([
        { op: 'drop_collection', model: 'm' },
        { op: 'truncate', model: 'm' },
      ]),
    ).toThrow(/operation 2 .*op is one of/);
    expect(() => parseOperations(['create it'])).toThrow(/not an object/);
    expect(() => parseOperations([{ op: 'create_index', model: 'm', metric_type: 'COSINE' }])).toThrow(/index_type/);
  });
});

describe.skipIf(!up)('milvus migration target', { timeout: 120_000 }, () => {
  it('applies 001, records it, and the vector store uses the collections it made', async () => {
    await withTarget(async (target) => {
      const applied = await new Migrator(target, files).up();
      expect(applied.map((f) => f.version)).toEqual([1]);
      expect(await target.listTables()).toEqual(faceCollections);
      const [entry] = await target.history();
      expect(entry).toMatchObject({ version: 1, name: 'face_embeddings', checksum: files[0]?.checksum, success: true });
      expect(entry?.appliedAt.getTime()).toBeGreaterThan(Date.now() - 120_000);
      expect(await new Migrator(target, files).up()).toEqual([]);
    });
    const store = await openMilvusVectorStore(config, { collectionPrefix });
    try {
      const index = await store.index('dlib-resnet-128', 128);
      const vector = Array.from({ length: 128 }, (_, i) => (i % 7) - 3);
      await index.upsert([{ faceId: 'f1', personId: 'p1', vector }]);
      expect(await index.search(vector, 1)).toEqual([
        { faceId: 'f1', personId: 'p1', similarity: expect.closeTo(1, 4) },
      ]);
      await expect(store.index('mobilefacenet-128', 512)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    } finally {
      await store.close();
    }
    expect((await collections()).sort()).toEqual([...faceCollections, `${collectionPrefix}__schema_migrations`].sort());
  });

  it('truncates a collection: rows gone, schema and index kept', async () => {
    await withTarget((target) => target.truncate([faceCollections[0] as string]));
    const store = await openMilvusVectorStore(config, { collectionPrefix });
    try {
      const index = await store.index('dlib-resnet-128', 128);
      expect(await index.count()).toBe(0);
      const vector = Array.from({ length: 128 }, (_, i) => (i % 5) - 2);
      await index.upsert([{ faceId: 'f2', vector }]);
      expect(await index.search(vector, 5)).toEqual([{ faceId: 'f2', similarity: expect.closeTo(1, 4) }]);
    } finally {
      await store.close();
    }
  });

  it('records a failure, replaces it on success, and forgets on request', async () => {
    await withTarget(async (target) => {
      const base = { version: 900, name: 'probe', checksum: 'c'.repeat(64), appliedAt: new Date(), durationMs: 5 };
      await target.record({ ...base, success: false, error: 'boom "quoted"' });
      expect((await target.history()).find((h) => h.version === 900)).toMatchObject({
        success: false,
        error: 'boom "quoted"',
      });
      await target.record({ ...base, success: true });
      const entries = (await target.history()).filter((h) => h.version === 900);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.success).toBe(true);
      expect(entries[0]?.error).toBeUndefined();
      await target.forget(900);
      expect((await target.history()).map((h) => h.version)).toEqual([1]);
    });
  });

  it('runs nothing of a migration with a bad operation', async () => {
    await withTarget(async (target) => {
      const ops = [
        { op: 'create_collection', model: 'extra-model', dimension: 4 },
        { op: 'nope', model: 'x' },
      ];
      await expect(target.run(ops)).rejects.toThrow(/operation 2/);
      expect(await target.listTables()).toEqual(faceCollections);
    });
  });

  it('reverts 001 with down, applies it again, and erase leaves nothing', async () => {
    await withTarget(async (target) => {
      expect((await new Migrator(target, files).down(1)).map((f) => f.version)).toEqual([1]);
      expect(await target.listTables()).toEqual([]);
      expect(await target.history()).toEqual([]);
      await new Migrator(target, files).up();
      expect(await target.listTables()).toEqual(faceCollections);
      await target.erase();
    });
    expect(await collections()).toEqual([]);
  });
});
