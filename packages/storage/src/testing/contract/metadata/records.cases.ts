import { ConflictError } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { apiKey, at, byId, type ContractContext, cluster, job, sha256, uid, user } from './records.js';

/** Cases of the smaller repositories: enroll jobs, users, api keys, clusters. */
export function recordCases(ctx: ContractContext): void {
  describe('enroll jobs', () => {
    it('round-trips every field: dates, arrays, the options object', async () => {
      const j = job();
      await ctx.store().jobs.put(j);
      const got = await ctx.store().jobs.get(j.id);
      expect(got).toEqual(j);
      expect(got?.createdAt).toBeInstanceOf(Date);
      expect(got?.updatedAt.getTime()).toBe(j.updatedAt.getTime());
      expect(await ctx.store().jobs.get(uid())).toBeUndefined();
    });

    it('keeps optional fields absent and empty arrays and options empty', async () => {
      const j = job({
        status: 'queued',
        priority: 'low',
        personId: undefined,
        externalId: undefined,
        webhookUrl: undefined,
        error: undefined,
        faceIds: [],
        options: {},
        attempts: 0,
      });
      await ctx.store().jobs.put(j);
      const got = await ctx.store().jobs.get(j.id);
      expect(got).toEqual(j);
      for (const field of ['personId', 'externalId', 'webhookUrl', 'error'] as const)
        expect(got?.[field]).toBeUndefined();
    });

    it('is idempotent on the id: a later put replaces the job', async () => {
      const j = job({ status: 'queued', faceIds: [], error: undefined, attempts: 0 });
      await ctx.store().jobs.put(j);
      await ctx.store().jobs.put(j);
      const done = { ...j, status: 'completed' as const, faceIds: [uid()], attempts: 1, updatedAt: at(90_000) };
      await ctx.store().jobs.put(done);
      expect(await ctx.store().jobs.get(j.id)).toEqual(done);
    });
  });

  describe('users', () => {
    it('creates and reads a user by id and username; unknown is undefined', async () => {
      const u = user({ role: 'admin' });
      await ctx.store().users.create(u);
      expect(await ctx.store().users.get(u.id)).toEqual(u);
      expect(await ctx.store().users.getByUsername(u.username)).toEqual(u);
      expect(await ctx.store().users.get(uid())).toBeUndefined();
      expect(await ctx.store().users.getByUsername(`nobody-${uid()}`)).toBeUndefined();
    });

    it('refuses a taken username with ConflictError, keeping the first user', async () => {
      const first = user();
      await ctx.store().users.create(first);
      const second = user({ username: first.username });
      await expect(ctx.store().users.create(second)).rejects.toBeInstanceOf(ConflictError);
      expect(await ctx.store().users.get(second.id)).toBeUndefined();
      expect(await ctx.store().users.getByUsername(first.username)).toEqual(first);
    });

    it('lets exactly one of concurrent creates take a username', async () => {
      const username = `race-${uid()}`;
      const contenders = Array.from({ length: 8 }, () => user({ username }));
      const results = await Promise.allSettled(contenders.map((u) => ctx.store().users.create(u)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
      const winner = contenders[results.findIndex((r) => r.status === 'fulfilled')];
      expect(await ctx.store().users.getByUsername(username)).toEqual(winner);
    });

    it('lists users and deletes one, freeing its username', async () => {
      const a = user();
      const b = user();
      await ctx.store().users.create(a);
      await ctx.store().users.create(b);
      const listed = await ctx.store().users.list();
      expect(listed).toEqual(expect.arrayContaining([a, b]));
      expect(new Set(listed.map((u) => u.id)).size).toBe(listed.length);
      await ctx.store().users.delete(a.id);
      expect(await ctx.store().users.get(a.id)).toBeUndefined();
      expect(await ctx.store().users.getByUsername(a.username)).toBeUndefined();
      expect((await ctx.store().users.list()).map((u) => u.id)).not.toContain(a.id);
      await ctx.store().users.delete(a.id);
      const again = user({ username: a.username });
      await ctx.store().users.create(again);
      expect(await ctx.store().users.getByUsername(a.username)).toEqual(again);
    });
  });

  describe('api keys', () => {
    it('creates a key and finds it by hash; unknown hash is undefined', async () => {
      const k = apiKey();
      await ctx.store().apiKeys.create(k);
      expect(await ctx.store().apiKeys.getByHash(k.keyHash)).toEqual(k);
      expect(await ctx.store().apiKeys.getByHash(sha256())).toBeUndefined();
      expect(await ctx.store().apiKeys.list()).toContainEqual(k);
    });

    it('revokes a key: still found by hash and listed, marked revoked; others untouched', async () => {
      const k = apiKey({ role: 'operator' });
      const other = apiKey();
      await ctx.store().apiKeys.create(k);
      await ctx.store().apiKeys.create(other);
      await ctx.store().apiKeys.revoke(k.id);
      expect(await ctx.store().apiKeys.getByHash(k.keyHash)).toEqual({ ...k, revoked: true });
      expect(await ctx.store().apiKeys.getByHash(other.keyHash)).toEqual(other);
      const listed = await ctx.store().apiKeys.list();
      expect(listed).toContainEqual({ ...k, revoked: true });
      expect(listed).toContainEqual(other);
      expect(new Set(listed.map((key) => key.id)).size).toBe(listed.length);
    });
  });

  describe('clusters', () => {
    it('puts and gets a cluster, centroid and face ids intact; unknown is undefined', async () => {
      const c = cluster();
      await ctx.store().clusters.put(c);
      expect(await ctx.store().clusters.get(c.id)).toEqual(c);
      expect(await ctx.store().clusters.get(uid())).toBeUndefined();
      const loose = cluster({ personId: undefined });
      await ctx.store().clusters.put(loose);
      const got = await ctx.store().clusters.get(loose.id);
      expect(got).toEqual(loose);
      expect(got?.personId).toBeUndefined();
    });

    it('replaces a cluster on a second put', async () => {
      const c = cluster();
      await ctx.store().clusters.put(c);
      const grown = { ...c, faceIds: [...c.faceIds, uid()], centroid: [0.25, 0.25, 0.5, 0.75, 0], updatedAt: at(7000) };
      await ctx.store().clusters.put(grown);
      expect(await ctx.store().clusters.get(c.id)).toEqual(grown);
      expect(await ctx.store().clusters.listByModel(c.model)).toEqual([grown]);
    });

    it('lists the clusters of one model only', async () => {
      const model = `model-${uid()}`;
      const mine = [cluster({ model }), cluster({ model }), cluster({ model, personId: undefined })];
      for (const c of mine) await ctx.store().clusters.put(c);
      await ctx.store().clusters.put(cluster());
      expect((await ctx.store().clusters.listByModel(model)).sort(byId)).toEqual(mine.sort(byId));
      expect(await ctx.store().clusters.listByModel(`model-${uid()}`)).toEqual([]);
    });

    it('deletes a cluster from get and from its model list', async () => {
      const c = cluster();
      const stays = cluster({ model: c.model });
      await ctx.store().clusters.put(c);
      await ctx.store().clusters.put(stays);
      await ctx.store().clusters.delete(c.id);
      expect(await ctx.store().clusters.get(c.id)).toBeUndefined();
      expect(await ctx.store().clusters.listByModel(c.model)).toEqual([stays]);
      await ctx.store().clusters.delete(c.id);
    });
  });
}
