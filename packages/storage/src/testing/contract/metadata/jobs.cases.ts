import type { EnrollJob, JobStatus, Priority } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../ports/metadata.port.js';
import { at, type ContractContext, collectPages, job, uid } from './records.js';

/** Cases of the enroll job lists (by status and priority, newest first) and of a job's webhook delivery. */
export function jobListCases(ctx: ContractContext): void {
  // other cases share the store: each case looks only at the jobs it made, which are newer than theirs
  const ours = async (made: EnrollJob[], query: Omit<JobQuery, 'limit'>, limit: number) => {
    const ids = new Set(made.map((j) => j.id));
    const { items } = await collectPages(limit, (pageToken) =>
      ctx.store().jobs.list({ ...query, limit, ...(pageToken ? { pageToken } : {}) }),
    );
    expect(new Set(items.map((j) => j.id)).size).toBe(items.length);
    return items.filter((j) => ids.has(j.id));
  };
  const madeAt = (i: number, status: JobStatus, priority: Priority) =>
    job({ status, priority, createdAt: at(10_000_000_000 + i * 1000), updatedAt: at(10_000_000_000 + i * 1000) });

  describe('enroll job lists', () => {
    it('lists newest first over pages, filtered by status, by priority and by both', async () => {
      const made = [
        madeAt(1, 'queued', 'low'),
        madeAt(2, 'completed', 'low'),
        madeAt(3, 'queued', 'high'),
        madeAt(4, 'failed', 'low'),
        madeAt(5, 'queued', 'low'),
        madeAt(6, 'dead_lettered', 'critical'),
      ];
      for (const j of made) await ctx.store().jobs.put(j);
      const newestFirst = (jobs: EnrollJob[]) => [...jobs].reverse().map((j) => j.id);
      const all = await ours(made, {}, 2);
      expect(all.map((j) => j.id)).toEqual(newestFirst(made));
      expect(all[0]).toEqual(made[5]);
      const queued = await ours(made, { status: 'queued' }, 1);
      expect(queued.map((j) => j.id)).toEqual(newestFirst(made.filter((j) => j.status === 'queued')));
      const low = await ours(made, { priority: 'low' }, 3);
      expect(low.map((j) => j.id)).toEqual(newestFirst(made.filter((j) => j.priority === 'low')));
      const queuedLow = await ours(made, { status: 'queued', priority: 'low' }, 5);
      expect(queuedLow.map((j) => j.id)).toEqual([made[4]?.id, made[0]?.id]);
    });

    it('moves a job between the lists of its statuses as it is put again', async () => {
      const j = madeAt(10, 'queued', 'normal');
      await ctx.store().jobs.put(j);
      await ctx.store().jobs.put({ ...j, status: 'processing', attempts: 1 });
      const done = { ...j, status: 'completed' as const, attempts: 1, faceIds: [uid()] };
      await ctx.store().jobs.put(done);
      expect(await ours([j], { status: 'queued' }, 50)).toEqual([]);
      expect(await ours([j], { status: 'processing' }, 50)).toEqual([]);
      expect(await ours([j], { status: 'completed' }, 50)).toEqual([done]);
      expect(await ours([j], {}, 50)).toEqual([done]);
    });

    it('lists and reads a fresh job (put once, with no earlier place), then moves it as it is put again', async () => {
      const j = madeAt(11, 'queued', 'high');
      await ctx.store().jobs.put(j, { fresh: true });
      expect(await ctx.store().jobs.get(j.id)).toEqual(j);
      expect(await ours([j], { status: 'queued', priority: 'high' }, 50)).toEqual([j]);
      const done = { ...j, status: 'completed' as const, attempts: 1 };
      await ctx.store().jobs.put(done);
      expect(await ours([j], { status: 'queued' }, 50)).toEqual([]);
      expect(await ours([j], { status: 'completed' }, 50)).toEqual([done]);
    });

    it('keeps the order of jobs made at the same instant, by id, across pages', async () => {
      const same = Array.from({ length: 4 }, () => ({ ...madeAt(20, 'failed', 'high'), id: uid() }));
      for (const j of same) await ctx.store().jobs.put(j);
      const listed = await ours(same, { status: 'failed', priority: 'high' }, 1);
      expect(listed.map((j) => j.id)).toEqual(
        same
          .map((j) => j.id)
          .sort()
          .reverse(),
      );
    });

    it('refuses a page token of another list', async () => {
      await ctx.store().jobs.put(madeAt(30, 'queued', 'low'));
      await ctx.store().jobs.put(madeAt(31, 'queued', 'low'));
      const persons = await ctx.store().persons.list({ limit: 1 });
      const token = persons.nextPageToken;
      if (token) await expect(ctx.store().jobs.list({ limit: 1, pageToken: token })).rejects.toThrow(/page token/);
      await expect(ctx.store().jobs.list({ limit: 1, pageToken: 'not-a-token' })).rejects.toThrow(/page token/);
    });
  });

  describe('webhook delivery', () => {
    it('round-trips how a job’s webhook went, and drops it when put without', async () => {
      const j = job({ status: 'completed' });
      const webhook = {
        state: 'given_up' as const,
        attempts: 3,
        lastStatusCode: 503,
        lastError: 'the receiver answered 503',
        lastAttemptAt: at(7000),
      };
      await ctx.store().jobs.put({ ...j, webhook });
      const got = await ctx.store().jobs.get(j.id);
      expect(got?.webhook).toEqual(webhook);
      expect(got?.webhook?.lastAttemptAt).toBeInstanceOf(Date);
      const networkError = { state: 'retrying' as const, attempts: 1, lastError: 'ECONNREFUSED', lastAttemptAt: at(1) };
      await ctx.store().jobs.put({ ...j, webhook: networkError });
      expect((await ctx.store().jobs.get(j.id))?.webhook).toEqual(networkError);
      await ctx.store().jobs.put(j);
      expect(await ctx.store().jobs.get(j.id)).toEqual(j);
    });
  });
}
