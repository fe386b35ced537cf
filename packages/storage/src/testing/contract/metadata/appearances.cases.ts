import type { Appearance } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { appearance, at, type ContractContext, collectPages, uid } from './records.js';

const MINUTE = 60_000;
const key = (a: Appearance) => `${a.seenAt.getTime()}/${a.appearanceId}`;

export function appearanceCases(ctx: ContractContext): void {
  describe('appearances', () => {
    /** seven appearances one minute apart, added out of order, plus one of another person */
    async function seed(): Promise<{ personId: string; seen: Appearance[] }> {
      const personId = uid();
      const seen = [3, 0, 6, 1, 5, 2, 4].map((m) => appearance({ personId, seenAt: at(m * MINUTE) }));
      for (const a of seen) await ctx.store().appearances.add(a);
      await ctx.store().appearances.add(appearance({ seenAt: at(3 * MINUTE) }));
      return { personId, seen };
    }
    const newestFirst = (list: Appearance[]) => [...list].sort((a, b) => b.seenAt.getTime() - a.seenAt.getTime());

    it('lists a person newest first, every field intact, nobody else', async () => {
      const { personId, seen } = await seed();
      const page = await ctx.store().appearances.listByPerson(personId, { limit: 100 });
      expect(page.items).toEqual(newestFirst(seen));
      expect(page.nextPageToken).toBeUndefined();
    });

    it('keeps optional fields absent (undefined, not null)', async () => {
      const a = appearance({ sourceId: undefined, location: undefined });
      await ctx.store().appearances.add(a);
      const [got] = (await ctx.store().appearances.listByPerson(a.personId, { limit: 5 })).items;
      expect(got).toEqual(a);
      expect(got?.sourceId).toBeUndefined();
      expect(got?.location).toBeUndefined();
    });

    it('pages newest first with no appearance missed or repeated', async () => {
      const { personId, seen } = await seed();
      const limit = 2;
      const { items, pages } = await collectPages(limit, (pageToken) =>
        ctx.store().appearances.listByPerson(personId, { limit, pageToken }),
      );
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(items).toEqual(newestFirst(seen));
    });

    it('filters by time: from inclusive, to exclusive, also across pages', async () => {
      const { personId, seen } = await seed();
      const from = at(2 * MINUTE);
      const to = at(5 * MINUTE);
      const expected = newestFirst(seen).filter((a) => a.seenAt >= from && a.seenAt < to);
      expect(expected.map((a) => a.seenAt)).toEqual([at(4 * MINUTE), at(3 * MINUTE), at(2 * MINUTE)]);
      const all = await ctx.store().appearances.listByPerson(personId, { limit: 100, from, to });
      expect(all.items).toEqual(expected);
      const limit = 2;
      const paged = await collectPages(limit, (pageToken) =>
        ctx.store().appearances.listByPerson(personId, { limit, pageToken, from, to }),
      );
      expect(paged.items).toEqual(expected);

      const onlyFrom = await ctx.store().appearances.listByPerson(personId, { limit: 100, from: at(5 * MINUTE) });
      expect(onlyFrom.items.map((a) => a.seenAt)).toEqual([at(6 * MINUTE), at(5 * MINUTE)]);
      const onlyTo = await ctx.store().appearances.listByPerson(personId, { limit: 100, to: at(1 * MINUTE) });
      expect(onlyTo.items.map((a) => a.seenAt)).toEqual([at(0)]);
      const empty = await ctx.store().appearances.listByPerson(personId, { limit: 100, from: at(10 * MINUTE) });
      expect(empty.items).toEqual([]);
    });

    it('keeps appearances at the same instant by different faces, pages through them; the same one twice is stored once', async () => {
      const personId = uid();
      const same = Array.from({ length: 4 }, () => appearance({ personId, seenAt: at(MINUTE) }));
      const earlier = appearance({ personId, seenAt: at(0) });
      for (const a of [...same, earlier]) await ctx.store().appearances.add(a);
      await ctx.store().appearances.add({ ...same[0] } as Appearance);
      const limit = 1;
      const { items } = await collectPages(limit, (pageToken) =>
        ctx.store().appearances.listByPerson(personId, { limit, pageToken }),
      );
      expect(items.map(key)).toHaveLength(5);
      expect(items.slice(0, 4).map(key).sort()).toEqual(same.map(key).sort());
      expect(items[4]).toEqual(earlier);
    });

    it('pages through concurrent adds with no appearance missed or repeated', async () => {
      const personId = uid();
      const many = Array.from({ length: 30 }, (_, i) => appearance({ personId, seenAt: at(i * 1000) }));
      await Promise.all(many.map((a) => ctx.store().appearances.add(a)));
      const limit = 7;
      const { items } = await collectPages(limit, (pageToken) =>
        ctx.store().appearances.listByPerson(personId, { limit, pageToken }),
      );
      expect(items).toEqual(newestFirst(many));
    });

    it('deletes every appearance of a person and no one else', async () => {
      const { personId } = await seed();
      const other = appearance();
      await ctx.store().appearances.add(other);
      await ctx.store().appearances.deleteByPerson(personId);
      expect((await ctx.store().appearances.listByPerson(personId, { limit: 100 })).items).toEqual([]);
      expect((await ctx.store().appearances.listByPerson(other.personId, { limit: 100 })).items).toEqual([other]);
      await ctx.store().appearances.deleteByPerson(personId);
      await ctx.store().appearances.deleteByPerson(uid());
    });
  });
}
