// Writes: upsert replaces, delete, count, models kept apart, bad input refused, parallel writers.
import { cosineSimilarity, InvalidArgumentError } from '@freeface/domain';
import { seeded } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import type { VectorRecord } from '../../../ports/vector.port.js';
import { faceId, ids, personId, randomUnitVector, type VectorContext } from './vectors.js';

const invalid = { code: 'INVALID_ARGUMENT' };

export function writeCases(ctx: VectorContext): void {
  describe('writes', () => {
    it('replaces a face on a second upsert: new vector, new person, same count', async () => {
      const index = await ctx.store().index(ctx.model(), 3);
      const [face, other] = [faceId(), faceId()];
      const [before, after] = [personId(), personId()];
      await index.upsert([
        { faceId: face, vector: [1, 0, 0], personId: before },
        { faceId: other, vector: [0.9, 0.1, 0] },
      ]);
      await index.upsert([{ faceId: face, vector: [0, 0, 1], personId: after }]);
      expect(await index.count()).toBe(2);
      const near = await index.search([0, 0, 1], 1);
      expect(near).toEqual([{ faceId: face, personId: after, similarity: expect.closeTo(1, 4) }]);
      expect(ids(await index.search([1, 0, 0], 1))).toEqual([other]);
      expect(await index.search([1, 0, 0], 5, { kind: 'person', personId: before })).toEqual([]);
      expect(ids(await index.search([1, 0, 0], 5, { kind: 'person', personId: after }))).toEqual([face]);
      // and back to no person: the unassigned filter sees it again
      await index.upsert([{ faceId: face, vector: [0, 0, 1] }]);
      const unassigned = await index.search([0, 0, 1], 5, { kind: 'unassigned' });
      expect(ids(unassigned)).toEqual([face, other]);
      expect(unassigned[0]?.personId).toBeUndefined();
      expect(await index.search([0, 0, 1], 5, { kind: 'person', personId: after })).toEqual([]);
    });

    it('gives back the records of faces by id: their person and their vector’s direction', async () => {
      const index = await ctx.store().index(ctx.model(), 3);
      const [owned, free, gone] = [faceId(), faceId(), faceId()];
      const owner = personId();
      await index.upsert([
        { faceId: owned, personId: owner, vector: [3, 0, 4] },
        { faceId: free, vector: new Float32Array([0, 2, 0]) },
        { faceId: gone, vector: [1, 1, 1] },
      ]);
      await index.delete([gone]);
      const records = await index.get([free, owned, gone, faceId(), owned]);
      const byId = new Map(records.map((r) => [r.faceId, r]));
      expect([...byId.keys()].sort()).toEqual([owned, free].sort());
      expect(records).toHaveLength(2);
      expect(byId.get(owned)?.personId).toBe(owner);
      expect(byId.get(free)?.personId).toBeUndefined();
      expect(cosineSimilarity(byId.get(owned)?.vector ?? [], [3, 0, 4])).toBeCloseTo(1, 5);
      expect(cosineSimilarity(byId.get(free)?.vector ?? [], [0, 1, 0])).toBeCloseTo(1, 5);
      expect(await index.get([])).toEqual([]);
      await expect(index.get([''])).rejects.toMatchObject(invalid);
    });

    it('keeps the last record when one batch names a face twice', async () => {
      const index = await ctx.store().index(ctx.model(), 2);
      const face = faceId();
      const owner = personId();
      await index.upsert([
        { faceId: face, vector: [1, 0] },
        { faceId: face, vector: [0, 1], personId: owner },
      ]);
      expect(await index.count()).toBe(1);
      expect(await index.search([0, 1], 1)).toEqual([
        { faceId: face, personId: owner, similarity: expect.closeTo(1, 4) },
      ]);
    });

    it('deletes faces, ignores unknown ids, and counts what is left', async () => {
      const index = await ctx.store().index(ctx.model(), 2);
      const faces = [faceId(), faceId(), faceId()];
      await index.upsert(faces.map((id, i) => ({ faceId: id, vector: [1, i] })));
      expect(await index.count()).toBe(3);
      await index.delete([faces[0] as string, faceId()]);
      expect(await index.count()).toBe(2);
      const left = await index.search([1, 0], 10);
      expect(ids(left).sort()).toEqual([faces[1], faces[2]].sort());
      await index.delete([]);
      await index.upsert([]);
      expect(await index.count()).toBe(2);
      // a deleted face can come back
      await index.upsert([{ faceId: faces[0] as string, vector: [-1, 0] }]);
      expect(ids(await index.search([-1, 0], 1))).toEqual([faces[0]]);
      expect(await index.count()).toBe(3);
    });

    it('keeps models apart, each with its own dimension', async () => {
      const [small, large] = [ctx.model(), ctx.model()];
      const a = await ctx.store().index(small, 2);
      const b = await ctx.store().index(large, 5);
      expect([a.model, a.dimension, b.model, b.dimension]).toEqual([small, 2, large, 5]);
      const shared = faceId();
      await a.upsert([{ faceId: shared, vector: [1, 0] }]);
      await b.upsert([
        { faceId: shared, vector: [0, 0, 0, 0, 1], personId: personId() },
        { faceId: faceId(), vector: [0, 0, 0, 1, 0] },
      ]);
      expect(await a.count()).toBe(1);
      expect(await b.count()).toBe(2);
      expect(await a.search([1, 0], 10)).toEqual([{ faceId: shared, similarity: expect.closeTo(1, 4) }]);
      expect(ids(await b.search([0, 0, 0, 0, 1], 10))).toHaveLength(2);
      await a.delete([shared]);
      expect(await b.count()).toBe(2);
      expect((await ctx.store().index(small, 2)).dimension).toBe(2);
    });

    it('refuses a dimension that differs from the model’s, writing nothing of a bad batch', async () => {
      const model = ctx.model();
      const index = await ctx.store().index(model, 4);
      await expect(ctx.store().index(model, 8)).rejects.toBeInstanceOf(InvalidArgumentError);
      const good = faceId();
      const batch: VectorRecord[] = [
        { faceId: good, vector: [1, 0, 0, 0] },
        { faceId: faceId(), vector: [1, 0, 0] },
      ];
      await expect(index.upsert(batch)).rejects.toBeInstanceOf(InvalidArgumentError);
      expect(await index.count()).toBe(0);
      await expect(index.search([1, 0, 0], 1)).rejects.toMatchObject(invalid);
      await expect(index.search(new Float32Array(5), 1)).rejects.toMatchObject(invalid);
    });

    it('refuses bad arguments: model ids, dimensions, k, zero or non-finite vectors, empty ids', async () => {
      await expect(ctx.store().index('', 4)).rejects.toMatchObject(invalid);
      await expect(ctx.store().index('bad model/../x', 4)).rejects.toMatchObject(invalid);
      await expect(ctx.store().index(ctx.model(), 0)).rejects.toMatchObject(invalid);
      await expect(ctx.store().index(ctx.model(), 2.5)).rejects.toMatchObject(invalid);
      const index = await ctx.store().index(ctx.model(), 2);
      await expect(index.search([1, 0], 0)).rejects.toMatchObject(invalid);
      await expect(index.search([1, 0], 1.5)).rejects.toMatchObject(invalid);
      await expect(index.search([0, 0], 1)).rejects.toMatchObject(invalid);
      await expect(index.upsert([{ faceId: faceId(), vector: [0, 0] }])).rejects.toMatchObject(invalid);
      await expect(index.upsert([{ faceId: faceId(), vector: [1, Number.NaN] }])).rejects.toMatchObject(invalid);
      await expect(index.upsert([{ faceId: '', vector: [1, 0] }])).rejects.toMatchObject(invalid);
      await expect(index.upsert([{ faceId: faceId(), personId: '', vector: [1, 0] }])).rejects.toMatchObject(invalid);
      await expect(index.delete([''])).rejects.toMatchObject(invalid);
      expect(await index.count()).toBe(0);
    });

    it('takes many parallel upserts, overlapping ones included: all visible, none twice', async () => {
      const model = ctx.model();
      // parallel first use of a model opens one index, not several
      const [index, again] = await Promise.all([ctx.store().index(model, 8), ctx.store().index(model, 8)]);
      const random = seeded(3);
      const records: VectorRecord[] = Array.from({ length: 400 }, () => ({
        faceId: faceId(),
        personId: personId(),
        vector: randomUnitVector(random, 8),
      }));
      const batches = Array.from({ length: 40 }, (_, i) => records.slice(i * 10, i * 10 + 10));
      // every batch is written twice, through both handles, at the same time
      await Promise.all([...batches.map((b) => index.upsert(b)), ...batches.map((b) => again.upsert(b))]);
      expect(await index.count()).toBe(records.length);
      expect(await again.count()).toBe(records.length);
      for (const record of records.filter((_, i) => i % 20 === 0)) {
        const [top] = await index.search(record.vector, 1);
        expect(top).toEqual({ faceId: record.faceId, personId: record.personId, similarity: expect.closeTo(1, 4) });
      }
      const seen = await index.search(randomUnitVector(random, 8), 1000);
      expect(seen).toHaveLength(records.length);
      expect(new Set(ids(seen)).size).toBe(records.length);
    });
  });
}
