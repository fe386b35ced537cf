// Restart: what was written (and deleted) before close is there after open, dimensions included.

import { seeded } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import type { VectorRecord } from '../../../ports/vector.port.js';
import { bruteForce, faceId, ids, personId, randomUnitVector, type VectorContext } from './vectors.js';

export function lifecycleCases(ctx: VectorContext): void {
  describe('restart', () => {
    it('keeps vectors, persons, deletes and dimensions across close and open', async () => {
      const [model, other] = [ctx.model(), ctx.model()];
      const random = seeded(99);
      const owner = personId();
      const records: VectorRecord[] = Array.from({ length: 120 }, (_, i) => ({
        faceId: faceId(),
        personId: i % 2 === 0 ? owner : undefined,
        vector: randomUnitVector(random, 12),
      }));
      const index = await ctx.store().index(model, 12);
      await index.upsert(records);
      await index.delete(records.slice(0, 10).map((r) => r.faceId));
      const moved = records[10] as VectorRecord;
      await index.upsert([{ ...moved, personId: undefined }]);
      await (await ctx.store().index(other, 3)).upsert([{ faceId: faceId(), vector: [0, 1, 0] }]);
      const kept = records.slice(10).map((r) => (r === moved ? { ...r, personId: undefined } : r));

      const store = await ctx.reopen();
      const reopened = await store.index(model, 12);
      expect(await reopened.count()).toBe(110);
      expect(await (await store.index(other, 3)).count()).toBe(1);
      await expect(store.index(model, 13)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      const query = randomUnitVector(random, 12);
      for (const filter of [
        { kind: 'all' } as const,
        { kind: 'person', personId: owner } as const,
        { kind: 'unassigned' } as const,
      ]) {
        const found = await reopened.search(query, 5, filter);
        expect(ids(found)).toEqual(ids(bruteForce(kept, query, 5, filter)));
      }
      const [top] = await reopened.search(moved.vector, 1);
      expect(top).toEqual({ faceId: moved.faceId, similarity: expect.closeTo(1, 4) });

      // and it takes writes after the restart
      const late = faceId();
      await reopened.upsert([{ faceId: late, vector: query }]);
      expect(await reopened.count()).toBe(111);
      expect(ids(await reopened.search(query, 1))).toEqual([late]);
    });

    it('keeps an index made but never written to, with its dimension', async () => {
      const model = ctx.model();
      await ctx.store().index(model, 6);
      const store = await ctx.reopen();
      await expect(store.index(model, 7)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      expect(await (await store.index(model, 6)).count()).toBe(0);
    });

    it('gives every index it holds, each with its own dimension, to a store that never named them', async () => {
      const [a, b] = [ctx.model(), ctx.model()];
      const [inA, inB] = [faceId(), faceId()];
      await (await ctx.store().index(a, 4)).upsert([{ faceId: inA, vector: [1, 0, 0, 0] }]);
      await (await ctx.store().index(b, 6)).upsert([{ faceId: inB, vector: [0, 1, 0, 0, 0, 0] }]);
      const store = await ctx.reopen();
      const found = new Map((await store.existing()).map((index) => [index.model, index]));
      expect(found.get(a)?.dimension).toBe(4);
      expect(found.get(b)?.dimension).toBe(6);
      // what erasure does with them: a delete in every index reaches each model's vectors
      for (const index of found.values()) await index.delete([inA, inB]);
      expect(await (await store.index(a, 4)).get([inA])).toEqual([]);
      expect(await (await store.index(b, 6)).get([inB])).toEqual([]);
    });
  });
}
