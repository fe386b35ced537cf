import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import type { VectorRecord } from '../ports/vector.port.js';
import { bruteForce, faceId, freshModel, ids, personId, randomUnitVector } from '../testing/contract/vector/vectors.js';
import { describeVectorContract } from '../testing/contract/vector.contract.js';
import { openHnswVectorStore } from './hnsw.vector-store.js';

const root = mkdtempSync(join(tmpdir(), 'freeface-hnsw-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeVectorContract('embedded hnswlib', () => openHnswVectorStore({ dir: join(root, 'contract') }));

describe('embedded hnswlib: files and policies', () => {
  it('keeps one sidecar and one graph file per model, and no temporaries', async () => {
    const dir = join(root, 'layout');
    const store = await openHnswVectorStore({ dir });
    const model = freshModel();
    const index = await store.index(model, 4);
    for (let i = 0; i < 5; i++) await index.upsert([{ faceId: faceId(), vector: [1, i, 0, 0] }]);
    await store.close();
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(new RegExp(`^${model}\\.\\d+\\.hnsw$`));
    expect(files[1]).toBe(`${model}.json`);
  });

  it("leaves no trace of a deleted face's embedding in the saved files", async () => {
    const dir = join(root, 'erasure');
    const store = await openHnswVectorStore({ dir });
    const model = freshModel();
    const index = await store.index(model, 64);
    // entries of ±1/8: unit length exactly, so hnswlib's own normalisation leaves every float as it is
    const signs = () => Array.from({ length: 64 }, () => (Math.random() < 0.5 ? -0.125 : 0.125));
    const [kept, erased] = [signs(), signs()];
    const [keptId, erasedId] = [faceId(), faceId()];
    await index.upsert([
      { faceId: keptId, personId: personId(), vector: kept },
      { faceId: erasedId, personId: personId(), vector: erased },
    ]);
    await index.delete([erasedId]);
    await store.close();
    // hnswlib stores cosine vectors normalised, as float32: look for each vector whole (64 random signs)
    const run = (v: ArrayLike<number>) => Buffer.from(new Float32Array(Array.from(v)).buffer);
    const files = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
    expect(files.some((bytes) => bytes.includes(run(kept)))).toBe(true); // the scan sees vectors that are there
    expect(files.some((bytes) => bytes.includes(run(erased)))).toBe(false);
    expect(files.some((bytes) => bytes.includes(Buffer.from(erasedId)))).toBe(false);
  });

  it('answers large filtered searches through the graph with the same results as brute force', async () => {
    const store = await openHnswVectorStore({ dir: join(root, 'filtered'), exactSearchBelow: 0 });
    const random = seeded(5);
    const owner = personId();
    const records: VectorRecord[] = Array.from({ length: 1500 }, (_, i) => ({
      faceId: faceId(),
      personId: i % 3 === 0 ? owner : i % 3 === 1 ? personId() : undefined,
      vector: randomUnitVector(random, 16),
    }));
    const index = await store.index(freshModel(), 16);
    await index.upsert(records);
    for (const filter of [{ kind: 'person', personId: owner } as const, { kind: 'unassigned' } as const]) {
      for (let q = 0; q < 5; q++) {
        const query = randomUnitVector(random, 16);
        const found = await index.search(query, 10, filter);
        expect(found).toHaveLength(10);
        // 16 dimensions and ef 100 over 500 allowed faces: the graph walk finds the exact answer
        expect(ids(found)).toEqual(ids(bruteForce(records, query, 10, filter)));
      }
    }
    await store.close();
  });

  it('grows past its initial capacity and reuses the room of deleted faces', async () => {
    const store = await openHnswVectorStore({ dir: join(root, 'grow'), initialCapacity: 4 });
    const random = seeded(8);
    const index = await store.index(freshModel(), 8);
    const records = Array.from({ length: 50 }, () => ({ faceId: faceId(), vector: randomUnitVector(random, 8) }));
    await index.upsert(records);
    await index.delete(records.slice(0, 25).map((r) => r.faceId));
    await index.upsert(records.slice(0, 25).map((r) => ({ ...r, faceId: faceId() })));
    expect(await index.count()).toBe(50);
    for (const record of records.slice(0, 3)) {
      const [top] = await index.search(record.vector, 1);
      expect(top?.similarity).toBeCloseTo(1, 4);
      expect(top?.faceId).not.toBe(record.faceId);
    }
    await store.close();
  });

  it('refuses calls after close', async () => {
    const store = await openHnswVectorStore({ dir: join(root, 'closed') });
    const index = await store.index(freshModel(), 2);
    await store.close();
    await expect(store.index(freshModel(), 2)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(index.count()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(store.ping()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
