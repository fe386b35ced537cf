// Contract cases of biometric data protection: the audit trail (filters, time window, paging across days),
// retention (appearances seen before a time, the images of failed jobs) and a person's retention_days.
import { randomInt } from 'node:crypto';
import { type AuditEntry, JOB_STATUSES } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { appearance, type ContractContext, collectPages, job, person, uid } from './records.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function protectionCases(ctx: ContractContext): void {
  // a window of days of this run alone (the keyspace of a production adapter outlives a run)
  const base = Date.UTC(1990 + randomInt(0, 30), 0, 1) + randomInt(0, 300) * DAY;
  const when = (hours: number) => new Date(base + hours * HOUR);
  const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
    id: uid(),
    at: when(0),
    actor: { kind: 'key', id: uid(), name: 'a key' },
    action: 'search',
    clientAddress: '203.0.113.7',
    personIds: [],
    status: 200,
    requestId: uid(),
    ...over,
  });

  describe('audit trail', () => {
    it('lists entries newest first by time window, actor and person, paging across days', async () => {
      const [ada, bob] = [
        { kind: 'user' as const, id: uid(), name: 'ada' },
        { kind: 'key' as const, id: uid(), name: 'ci' },
      ];
      const [p1, p2] = [uid(), uid()];
      // 8 entries over 4 days (every 12 hours), alternating actors; p1 in every other one
      const entries = Array.from({ length: 8 }, (_, i) =>
        entry({
          at: when(i * 12),
          actor: i % 2 === 0 ? ada : bob,
          action: i % 3 === 0 ? 'recognize' : 'person.read',
          personIds: i % 2 === 0 ? [p1, p2] : [p2],
        }),
      );
      for (const e of [...entries].reverse()) await ctx.store().audit.add(e);
      await ctx.store().audit.add(entries[3] as AuditEntry); // a retried write is the same entry
      const window = { from: when(0), to: when(8 * 12) };
      const newestFirst = (list: AuditEntry[]) => [...list].sort((a, b) => b.at.getTime() - a.at.getTime());

      const all = await collectPages(3, (pageToken) => ctx.store().audit.list({ ...window, limit: 3, pageToken }));
      expect(all.items).toEqual(newestFirst(entries));
      const byAda = await collectPages(2, (pageToken) =>
        ctx.store().audit.list({ ...window, actorId: ada.id, limit: 2, pageToken }),
      );
      expect(byAda.items).toEqual(newestFirst(entries.filter((e) => e.actor.id === ada.id)));
      const aboutP1 = await collectPages(3, (pageToken) =>
        ctx.store().audit.list({ personId: p1, limit: 3, pageToken }),
      );
      expect(aboutP1.items).toEqual(newestFirst(entries.filter((e) => e.personIds.includes(p1))));
      const bobAboutP2 = await ctx.store().audit.list({ personId: p2, actorId: bob.id, limit: 100 });
      expect(bobAboutP2.items).toEqual(newestFirst(entries.filter((e) => e.actor.id === bob.id)));
      // from inclusive, to exclusive
      const middle = await ctx.store().audit.list({ from: when(24), to: when(60), limit: 100 });
      expect(middle.items).toEqual(newestFirst(entries.slice(2, 5)));
    });

    it('keeps an entry about many persons (a page of persons read), findable by each', async () => {
      const persons = Array.from({ length: 300 }, () => uid());
      const e = entry({ at: when(200), action: 'person.read', personIds: persons });
      await ctx.store().audit.add(e);
      for (const personId of [persons[0], persons[150], persons[299]] as string[]) {
        expect((await ctx.store().audit.list({ personId, limit: 5 })).items).toEqual([e]);
      }
    });

    it('keeps an entry without a client address or request id as such', async () => {
      const e = entry({ actor: { kind: 'system', id: 'retention', name: 'retention sweeper' } });
      delete e.clientAddress;
      delete e.requestId;
      await ctx.store().audit.add(e);
      expect((await ctx.store().audit.list({ actorId: 'retention', from: e.at, limit: 10 })).items).toContainEqual(e);
    });

    it('refuses a page token of another list', async () => {
      const personId = uid();
      for (let i = 0; i < 3; i++) await ctx.store().audit.add(entry({ at: when(100 + i), personIds: [personId] }));
      const first = await ctx.store().audit.list({ personId, limit: 1 });
      expect(first.nextPageToken).toEqual(expect.any(String));
      await expect(ctx.store().persons.list({ limit: 1, pageToken: first.nextPageToken })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('retention', () => {
    it('deletes the appearances of one person seen before a time, and says how many', async () => {
      const personId = uid();
      const seen = [0, 1, 2, 3].map((d) => appearance({ personId, seenAt: when(d * 24) }));
      for (const a of seen) await ctx.store().appearances.add(a);
      const other = appearance({ seenAt: when(0) });
      await ctx.store().appearances.add(other);
      expect(await ctx.store().appearances.deleteBefore(personId, when(48))).toBe(2);
      expect((await ctx.store().appearances.listByPerson(personId, { limit: 10 })).items).toEqual([seen[3], seen[2]]);
      expect((await ctx.store().appearances.listByPerson(other.personId, { limit: 10 })).items).toEqual([other]);
      expect(await ctx.store().appearances.deleteBefore(personId, when(48))).toBe(0);
    });

    it('lists the images of failed jobs failed before a time, oldest first, until forgotten', async () => {
      const failed = [2, 1].map((h) => job({ status: 'failed', updatedAt: when(h), error: 'INVALID_IMAGE: no' }));
      const running = job({ status: 'processing', updatedAt: when(0) });
      for (const j of [...failed, running]) await ctx.store().jobs.put(j);
      const mine = async (before: Date) =>
        (await ctx.store().jobs.listFailedImages(before, 10_000)).filter((f) =>
          [...failed, running].some((j) => j.id === f.jobId),
        );
      expect(await mine(when(3))).toEqual([
        { jobId: failed[1]?.id, imageId: failed[1]?.imageId, failedAt: when(1) },
        { jobId: failed[0]?.id, imageId: failed[0]?.imageId, failedAt: when(2) },
      ]);
      expect((await mine(when(2))).map((f) => f.jobId)).toEqual([failed[1]?.id]);
      const [first] = await mine(when(3));
      if (first) await ctx.store().jobs.forgetFailedImage(first);
      expect((await mine(when(3))).map((f) => f.jobId)).toEqual([failed[0]?.id]);
    });

    it('removes the jobs that name a person, by id or external id, from the record, the lists and the failed images', async () => {
      const [personId, externalId] = [uid(), `ext-${uid()}`];
      const byId = job({
        personId,
        externalId: undefined,
        status: 'completed',
        createdAt: when(0),
        updatedAt: when(0),
      });
      const byExternal = job({
        personId: undefined,
        externalId,
        status: 'failed',
        createdAt: when(1),
        updatedAt: when(1),
      });
      const moved = job({ personId, status: 'queued', createdAt: when(2), updatedAt: when(2) });
      const other = job({ status: 'failed', createdAt: when(3), updatedAt: when(3) });
      for (const j of [byId, byExternal, moved, other]) await ctx.store().jobs.put(j);
      // a job whose status changed after it was first put: its earlier list row must not survive either
      await ctx.store().jobs.put({ ...moved, status: 'failed', updatedAt: when(4) });
      const removed = await ctx.store().jobs.deleteByPerson(personId, externalId);
      expect(removed.map((j) => j.id).sort()).toEqual([byId.id, byExternal.id, moved.id].sort());
      for (const j of [byId, byExternal, moved]) expect(await ctx.store().jobs.get(j.id)).toBeUndefined();
      expect(await ctx.store().jobs.get(other.id)).toEqual(other);
      const listed = new Set<string>();
      for (const status of JOB_STATUSES) {
        const { items } = await collectPages(100, (pageToken) =>
          ctx.store().jobs.list({ limit: 100, status, ...(pageToken ? { pageToken } : {}) }),
        );
        for (const j of items) listed.add(j.id);
      }
      for (const j of [byId, byExternal, moved]) expect(listed.has(j.id), j.id).toBe(false);
      const failedImages = (await ctx.store().jobs.listFailedImages(when(10), 10_000)).map((f) => f.jobId);
      expect(failedImages).toContain(other.id);
      for (const j of [byExternal, moved]) expect(failedImages).not.toContain(j.id);
      // done once: a second erasure finds nothing
      expect(await ctx.store().jobs.deleteByPerson(personId, externalId)).toEqual([]);
    });

    it("keeps a person's retention_days, and its absence", async () => {
      const p = person({ retentionDays: 30 });
      const q = person();
      await ctx.store().persons.create(p);
      await ctx.store().persons.create(q);
      expect(await ctx.store().persons.get(p.id)).toEqual(p);
      expect((await ctx.store().persons.get(q.id))?.retentionDays).toBeUndefined();
      await ctx.store().persons.update({ ...p, retentionDays: 1 });
      expect((await ctx.store().persons.get(p.id))?.retentionDays).toBe(1);
    });
  });
}
