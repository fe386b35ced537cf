import { randomUUID } from 'node:crypto';
import { requireBackend } from '@freeface/testing';
import { DataType, ErrorCode, MilvusClient } from '@zilliz/milvus2-sdk-node';
import { describe, expect, it } from 'vitest';

const { up, config } = await requireBackend('milvus');

describe.skipIf(!up)('milvus smoke', () => {
  it('creates a collection with an HNSW/COSINE index, inserts vectors, finds the nearest, drops it', async () => {
    const collection = `freeface_smoke_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    // The SDK logs every request at debug level when NODE_ENV=test (as under vitest).
    const client = new MilvusClient({ address: config.milvus.address, timeout: 20_000, logLevel: 'warn' });
    const ok = { error_code: ErrorCode.SUCCESS };
    let created = false;
    try {
      expect(
        await client.createCollection({
          collection_name: collection,
          fields: [
            { name: 'face_id', data_type: DataType.VarChar, is_primary_key: true, max_length: 64 },
            { name: 'embedding', data_type: DataType.FloatVector, dim: 4 },
          ],
        }),
      ).toMatchObject(ok);
      created = true;
      expect(
        await client.createIndex({
          collection_name: collection,
          field_name: 'embedding',
          index_type: 'HNSW',
          metric_type: 'COSINE',
          params: { M: 8, efConstruction: 64 },
        }),
      ).toMatchObject(ok);
      expect(await client.loadCollectionSync({ collection_name: collection })).toMatchObject(ok);

      const rows = [
        { face_id: 'face-a', embedding: [1, 0, 0, 0] },
        { face_id: 'face-b', embedding: [0, 1, 0, 0] },
        { face_id: 'face-c', embedding: [0, 0, 1, 0] },
        { face_id: 'face-d', embedding: [0.5, 0.5, 0.5, 0.5] },
      ];
      const inserted = await client.insert({ collection_name: collection, data: rows });
      expect(inserted.status).toMatchObject(ok);
      expect(Number(inserted.insert_cnt)).toBe(rows.length);

      // By angle the query is nearest to face-b (cosine ~0.997), then face-d (~0.55).
      const found = await client.search({
        collection_name: collection,
        anns_field: 'embedding',
        data: [0.1, 2, 0.1, 0],
        limit: 2,
        metric_type: 'COSINE',
        params: { ef: 32 },
        output_fields: ['face_id'],
      });
      expect(found.status).toMatchObject(ok);
      expect(found.results.map((hit) => hit.face_id)).toEqual(['face-b', 'face-d']);
      expect(found.results[0]?.score).toBeGreaterThan(0.99);
      expect(found.results[0]?.score).toBeLessThanOrEqual(1.0001);

      expect(await client.dropCollection({ collection_name: collection })).toMatchObject(ok);
      created = false;
      expect((await client.hasCollection({ collection_name: collection })).value).toBe(false);
    } finally {
      if (created) await client.dropCollection({ collection_name: collection }).catch(() => {});
      await client.closeConnection();
    }
  }, 60_000);
});
