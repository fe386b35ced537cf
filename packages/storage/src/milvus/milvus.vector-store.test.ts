import { randomUUID } from 'node:crypto';
import { requireBackend } from '@freeface/testing';
import { DataType } from '@zilliz/milvus2-sdk-node';
import { afterAll, describe, expect, it } from 'vitest';
import { faceId, freshModel } from '../testing/contract/vector/vectors.js';
import { describeVectorContract } from '../testing/contract/vector.contract.js';
import { createMilvusClient } from './milvus.client.js';
import { faceCollectionName, MODEL_PROPERTY } from './milvus.face-collection.js';
import { openMilvusVectorStore } from './milvus.vector-store.js';

const { up, config } = await requireBackend('milvus');
// a prefix of its own per run: parallel test files and reruns never share a collection
const collectionPrefix = `fftest_vec_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const open = () => openMilvusVectorStore(config, { collectionPrefix });

afterAll(async () => {
  if (!up) return;
  const client = createMilvusClient(config);
  try {
    const { data } = await client.showCollections();
    for (const { name } of data.filter((c) => c.name.startsWith(`${collectionPrefix}_`))) {
      await client.dropCollection({ collection_name: name });
    }
  } finally {
    await client.closeConnection();
  }
}, 120_000);

describe.skipIf(!up)('milvus vector store', () => {
  describeVectorContract('milvus', open, { timeoutMs: 120_000 });

  it('names collections by prefix and model, marks the model, and refuses a model whose name collides', async () => {
    const store = await open();
    const model = `${freshModel()}.v2`;
    const index = await store.index(model, 3);
    await index.upsert([{ faceId: faceId(), vector: [1, 2, 3] }]);
    const name = faceCollectionName(collectionPrefix, model);
    expect(name).toBe(`${collectionPrefix}_${model.replace(/[-.]/g, '_')}`);
    const client = createMilvusClient(config);
    try {
      const described = await client.describeCollection({ collection_name: name });
      expect(described.properties).toContainEqual({ key: MODEL_PROPERTY, value: model });
      expect(described.schema.fields.find((f) => f.is_primary_key)?.name).toBe('face_id');
    } finally {
      await client.closeConnection();
    }
    // "x-y.v2" and "x_y_v2" map to one collection name: the second is refused, not mixed in
    const twin = model.replace(/[-.]/g, '_');
    await expect(store.index(twin, 3)).rejects.toMatchObject({ code: 'CONFLICT' });
    await store.close();
  }, 60_000);

  it('leaves out of the existing indexes a collection of the prefix that holds no vectors (the migrations history)', async () => {
    const client = createMilvusClient(config);
    const other = `${collectionPrefix}__history`;
    try {
      await client.createCollection({
        collection_name: other,
        fields: [
          { name: 'version', data_type: DataType.VarChar, is_primary_key: true, max_length: 64 },
          { name: 'pad', data_type: DataType.FloatVector, dim: 2 },
        ],
      });
      const store = await open();
      const model = freshModel();
      await store.index(model, 5);
      const models = (await store.existing()).map((i) => i.model);
      expect(models).toContain(model);
      expect(models.some((m) => m.includes('history'))).toBe(false);
      await store.close();
    } finally {
      await client.closeConnection();
    }
  }, 120_000);

  it('refuses a collection prefix Milvus cannot take', async () => {
    await expect(openMilvusVectorStore(config, { collectionPrefix: '1-bad' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
