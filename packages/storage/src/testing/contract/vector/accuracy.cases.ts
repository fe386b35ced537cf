// Search results: exact similarities on a small set, recall against brute force on a large one, filters.

import { cosineSimilarity } from '@freeface/domain';
import { seeded } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import type { VectorRecord } from '../../../ports/vector.port.js';
import { bruteForce, faceId, ids, personId, randomUnitVector, upsertAll, type VectorContext } from './vectors.js';

export function accuracyCases(ctx: VectorContext): void {
  describe('search', () => {
    it('finds nothing in an empty index', async () => {
      const index = await ctx.store().index(ctx.model(), 4);
      expect(await index.search([1, 0, 0, 0], 5)).toEqual([]);
      expect(await index.count()).toBe(0);
    });

    it('returns the nearest by cosine, best first, with the similarity and the person', async () => {
      const index = await ctx.store().index(ctx.model(), 4);
      const [a, b, c, d] = [faceId(), faceId(), faceId(), faceId()];
      const owner = personId();
      await index.upsert([
        { faceId: a, vector: [1, 0, 0, 0], personId: owner },
        { faceId: b, vector: new Float32Array([0, 3, 0, 0]) },
        { faceId: c, vector: [0, 0, 1, 0], personId: owner },
        { faceId: d, vector: [-1, -1, 0, 0] },
      ]);
      // Scale does not matter to cosine: [2, 2, 0, 0] is 45 degrees from both a and b.
      const found = await index.search([2, 2.2, 0, 0], 3);
      expect(ids(found)).toEqual([b, a, c]);
      expect(found[0]?.similarity).toBeCloseTo(2.2 / Math.hypot(2, 2.2), 4);
      expect(found[1]?.similarity).toBeCloseTo(2 / Math.hypot(2, 2.2), 4);
      expect(found[2]?.similarity).toBeCloseTo(0, 4);
      expect(found[0]?.personId).toBeUndefined();
      expect(found[1]?.personId).toBe(owner);
      // the opposite direction scores -1
      const opposite = await index.search([1, 1, 0, 0], 4);
      expect(opposite[3]).toMatchObject({ faceId: d });
      expect(opposite[3]?.similarity).toBeCloseTo(-1, 4);
    });

    it('returns every vector when k exceeds the count', async () => {
      const index = await ctx.store().index(ctx.model(), 3);
      await index.upsert([
        { faceId: faceId(), vector: [1, 0, 0] },
        { faceId: faceId(), vector: [0, 1, 0] },
      ]);
      expect(await index.search([1, 1, 1], 50)).toHaveLength(2);
    });

    it('reaches recall@10 >= 0.9 against brute force on 2000 random unit vectors of dimension 128', async () => {
      const random = seeded(20240501);
      const index = await ctx.store().index(ctx.model(), 128);
      const records: VectorRecord[] = Array.from({ length: 2000 }, () => ({
        faceId: faceId(),
        vector: new Float32Array(randomUnitVector(random, 128)),
      }));
      await upsertAll(index, records);
      expect(await index.count()).toBe(2000);
      const byFace = new Map(records.map((r) => [r.faceId, r.vector]));
      let hits = 0;
      const queries = 30;
      for (let q = 0; q < queries; q++) {
        const query = randomUnitVector(random, 128);
        const exact = bruteForce(records, query, 10);
        const found = await index.search(query, 10);
        expect(found).toHaveLength(10);
        // best first, and each similarity is the true cosine of the face it names
        for (let i = 1; i < found.length; i++) {
          expect(found[i - 1]?.similarity).toBeGreaterThanOrEqual((found[i]?.similarity ?? 0) - 1e-6);
        }
        for (const match of found) {
          expect(match.similarity).toBeCloseTo(cosineSimilarity(byFace.get(match.faceId) ?? [], query), 4);
        }
        const truth = new Set(ids(exact));
        hits += found.filter((m) => truth.has(m.faceId)).length;
      }
      const recall = hits / (queries * 10);
      console.info(`vector contract recall@10 on 2000x128: ${recall.toFixed(3)}`);
      expect(recall).toBeGreaterThanOrEqual(0.9);
    });
  });

  describe('filters', () => {
    it('restricts a search to one person, to unassigned faces, or to none', async () => {
      const random = seeded(7);
      const index = await ctx.store().index(ctx.model(), 16);
      const [p1, p2] = [personId(), personId()];
      const owners = [p1, p2, undefined];
      const records: VectorRecord[] = Array.from({ length: 300 }, (_, i) => ({
        faceId: faceId(),
        personId: owners[i % 3],
        vector: randomUnitVector(random, 16),
      }));
      await upsertAll(index, records);
      const query = randomUnitVector(random, 16);

      const ofP1 = await index.search(query, 5, { kind: 'person', personId: p1 });
      expect(ids(ofP1)).toEqual(ids(bruteForce(records, query, 5, { kind: 'person', personId: p1 })));
      expect(ofP1.every((m) => m.personId === p1)).toBe(true);

      const unassigned = await index.search(query, 5, { kind: 'unassigned' });
      expect(ids(unassigned)).toEqual(ids(bruteForce(records, query, 5, { kind: 'unassigned' })));
      expect(unassigned.every((m) => m.personId === undefined)).toBe(true);

      const all = await index.search(query, 5, { kind: 'all' });
      expect(ids(all)).toEqual(ids(bruteForce(records, query, 5)));
      expect(ids(await index.search(query, 5))).toEqual(ids(all));
    });

    it('returns only the matching faces when fewer than k match, and none for an unknown person', async () => {
      const random = seeded(11);
      const index = await ctx.store().index(ctx.model(), 8);
      const owner = personId();
      const records: VectorRecord[] = Array.from({ length: 200 }, (_, i) => ({
        faceId: faceId(),
        personId: i < 3 ? owner : personId(),
        vector: randomUnitVector(random, 8),
      }));
      await upsertAll(index, records);
      const query = randomUnitVector(random, 8);
      const found = await index.search(query, 10, { kind: 'person', personId: owner });
      expect(ids(found)).toEqual(ids(bruteForce(records, query, 10, { kind: 'person', personId: owner })));
      expect(found).toHaveLength(3);
      expect(await index.search(query, 10, { kind: 'unassigned' })).toEqual([]);
      expect(await index.search(query, 10, { kind: 'person', personId: personId() })).toEqual([]);
    });

    it('matches person ids literally, quotes and backslashes included', async () => {
      const index = await ctx.store().index(ctx.model(), 2);
      const tricky = `p" || person_id != "x\\' or 1=1`;
      const other = faceId();
      const mine = faceId();
      await index.upsert([
        { faceId: mine, vector: [1, 0], personId: tricky },
        { faceId: other, vector: [1, 0.1], personId: personId() },
      ]);
      const found = await index.search([1, 0], 5, { kind: 'person', personId: tricky });
      expect(found.map((m) => [m.faceId, m.personId])).toEqual([[mine, tricky]]);
    });
  });
}
