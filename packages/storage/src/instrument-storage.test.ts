import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { Metrics } from '@freeface/observability';
import { describe, expect, it } from 'vitest';
import { instrumentStorage } from './instrument-storage.js';
import { openStorage } from './open-storage.js';

describe('instrumentStorage', () => {
  it('counts, times and classifies the calls of every port, nested repositories and vector indexes included', async () => {
    const metrics = new Metrics('test');
    const config = loadConfig({ FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-instr-')) });
    const storage = instrumentStorage(await openStorage(config), metrics);
    const now = new Date();
    await storage.metadata.persons.create({ id: 'p', metadata: {}, createdAt: now, updatedAt: now });
    await storage.metadata.persons.get('p');
    const index = await storage.vectors.index('m', 2);
    await index.upsert([{ faceId: 'f', vector: [1, 0] }]);
    await expect(index.search([1, 0, 0], 1)).rejects.toThrow();
    await storage.cache.set('k', 'v', 10);
    await storage.objects.head('absent/key');
    await storage.close();

    const text = await metrics.text();
    expect(text).toContain(
      'freeface_metadata_operations_total{backend="sqlite",operation="persons.create",outcome="ok",service="test"} 1',
    );
    expect(text).toContain(
      'freeface_metadata_operations_total{backend="sqlite",operation="persons.get",outcome="ok",service="test"} 1',
    );
    expect(text).toContain(
      'freeface_vectors_operations_total{backend="hnsw",operation="index.upsert",outcome="ok",service="test"} 1',
    );
    expect(text).toContain(
      'freeface_vectors_operations_total{backend="hnsw",operation="index.search",outcome="error",service="test"} 1',
    );
    expect(text).toContain(
      'freeface_vectors_errors_total{backend="hnsw",operation="index.search",code="INVALID_ARGUMENT",service="test"} 1',
    );
    expect(text).toContain(
      'freeface_cache_operations_total{backend="memory",operation="set",outcome="ok",service="test"} 1',
    );
    expect(text).toContain(
      'freeface_objects_operation_seconds_count{service="test",backend="folder",operation="head"} 1',
    );
  });
});
