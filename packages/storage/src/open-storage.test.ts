import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { requireBackend } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { openStorage } from './open-storage.js';

describe('openStorage, embedded profile', () => {
  it('opens every port under the data dir, answers readiness, and finds its data after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-storage-'));
    const config = loadConfig({ FREEFACE_DATA_DIR: dataDir });
    const storage = await openStorage(config);
    expect(await storage.check()).toEqual({ metadata: 'ok', vectors: 'ok', objects: 'ok', cache: 'ok' });
    const now = new Date();
    await storage.metadata.persons.create({ id: 'p1', metadata: {}, createdAt: now, updatedAt: now });
    await storage.objects.put('images/x', Buffer.from('bytes'), 'image/png');
    const index = await storage.vectors.index('m', 3);
    await index.upsert([{ faceId: 'f1', personId: 'p1', vector: [1, 0, 0] }]);
    await storage.close();

    const again = await openStorage(config);
    expect((await again.metadata.persons.get('p1'))?.id).toBe('p1');
    expect((await again.objects.head('images/x'))?.size).toBe(5);
    expect((await (await again.vectors.index('m', 3)).search([1, 0, 0], 1))[0]?.faceId).toBe('f1');
    await again.close();
  });
});

const backends = await Promise.all((['cassandra', 'milvus', 's3', 'redis'] as const).map((b) => requireBackend(b)));

describe.skipIf(backends.some((b) => !b.up))('openStorage, cluster profile', () => {
  it('reaches every real backend', async () => {
    const config = loadConfig({
      ...process.env,
      FREEFACE_PROFILE: 'cluster',
      FREEFACE_JWT_SECRET: 'x'.repeat(32),
      FREEFACE_SCYLLA_KEYSPACE: 'system',
    });
    const storage = await openStorage(config);
    try {
      expect(await storage.check()).toEqual({ metadata: 'ok', vectors: 'ok', objects: 'ok', cache: 'ok' });
    } finally {
      await storage.close();
    }
  });
});
