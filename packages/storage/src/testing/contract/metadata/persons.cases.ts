import { ConflictError, InvalidArgumentError, type Person, personNameKey } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { byId, type ContractContext, collectPages, person, uid, uniqueIds } from './records.js';

export function personCases(ctx: ContractContext): void {
  describe('persons', () => {
    it('creates and reads a person by id and by external id, every field intact', async () => {
      const p = person();
      await ctx.store().persons.create(p);
      expect(await ctx.store().persons.get(p.id)).toEqual(p);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toEqual(p);
    });

    it('keeps optional fields absent (undefined, not null) and empty metadata', async () => {
      const p = person({ externalId: undefined, name: undefined, metadata: {} });
      await ctx.store().persons.create(p);
      const got = await ctx.store().persons.get(p.id);
      expect(got).toEqual(p);
      expect(got?.externalId).toBeUndefined();
      expect(got?.name).toBeUndefined();
    });

    it('answers undefined for unknown ids and external ids', async () => {
      expect(await ctx.store().persons.get(uid())).toBeUndefined();
      expect(await ctx.store().persons.getByExternalId(`ext-${uid()}`)).toBeUndefined();
    });

    it('refuses a second person with a taken external id, and keeps the first', async () => {
      const first = person();
      await ctx.store().persons.create(first);
      const second = person({ externalId: first.externalId });
      await expect(ctx.store().persons.create(second)).rejects.toBeInstanceOf(ConflictError);
      expect(await ctx.store().persons.get(second.id)).toBeUndefined();
      expect(await ctx.store().persons.getByExternalId(first.externalId as string)).toEqual(first);
    });

    it('accepts a retried create of the same person (same id, same external id)', async () => {
      const p = person();
      await ctx.store().persons.create(p);
      await ctx.store().persons.create(p);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toEqual(p);
    });

    it('finds many by external ids, leaving unknown ones out', async () => {
      const a = person();
      const b = person();
      await ctx.store().persons.create(a);
      await ctx.store().persons.create(b);
      const found = await ctx
        .store()
        .persons.getByExternalIds([a.externalId as string, `ext-${uid()}`, b.externalId as string]);
      expect(found.sort(byId)).toEqual([a, b].sort(byId));
      expect(await ctx.store().persons.getByExternalIds([])).toEqual([]);
      expect(await ctx.store().persons.getByExternalIds([`ext-${uid()}`])).toEqual([]);
    });

    it('updates a person, moving its external id and releasing the old one', async () => {
      const p = person();
      await ctx.store().persons.create(p);
      const updated = {
        ...p,
        externalId: `ext-${uid()}`,
        name: 'Grace Hopper',
        metadata: { v: 2 },
        updatedAt: new Date(p.updatedAt.getTime() + 60_000),
      };
      await ctx.store().persons.update(updated);
      expect(await ctx.store().persons.get(p.id)).toEqual(updated);
      expect(await ctx.store().persons.getByExternalId(updated.externalId)).toEqual(updated);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toBeUndefined();
      // the released external id can be claimed by another person
      const other = person({ externalId: p.externalId });
      await ctx.store().persons.create(other);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toEqual(other);
    });

    it('updates a person to have no external id, releasing it', async () => {
      const p = person();
      await ctx.store().persons.create(p);
      const updated = { ...p, externalId: undefined };
      await ctx.store().persons.update(updated);
      expect(await ctx.store().persons.get(p.id)).toEqual(updated);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toBeUndefined();
    });

    it('refuses an update to an external id of another person, changing nothing', async () => {
      const a = person();
      const b = person();
      await ctx.store().persons.create(a);
      await ctx.store().persons.create(b);
      await expect(
        ctx.store().persons.update({ ...b, externalId: a.externalId, name: 'changed' }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await ctx.store().persons.get(b.id)).toEqual(b);
      expect(await ctx.store().persons.getByExternalId(a.externalId as string)).toEqual(a);
      expect(await ctx.store().persons.getByExternalId(b.externalId as string)).toEqual(b);
    });

    it('keeps the external id when an update leaves it unchanged', async () => {
      const p = person();
      await ctx.store().persons.create(p);
      const updated = { ...p, name: 'renamed' };
      await ctx.store().persons.update(updated);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toEqual(updated);
    });

    it('deletes a person and its external id; deleting again or an unknown id is no error', async () => {
      const p = person();
      await ctx.store().persons.create(p);
      await ctx.store().persons.delete(p.id);
      expect(await ctx.store().persons.get(p.id)).toBeUndefined();
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toBeUndefined();
      expect(await ctx.store().persons.getByExternalIds([p.externalId as string])).toEqual([]);
      await ctx.store().persons.delete(p.id);
      await ctx.store().persons.delete(uid());
      const again = person({ externalId: p.externalId });
      await ctx.store().persons.create(again);
      expect(await ctx.store().persons.getByExternalId(p.externalId as string)).toEqual(again);
    });

    it('lists every person exactly once across 3+ pages', async () => {
      const created = Array.from({ length: 8 }, () => person());
      for (const p of created) await ctx.store().persons.create(p);
      const deleted = person();
      await ctx.store().persons.create(deleted);
      await ctx.store().persons.delete(deleted.id);

      const limit = 3;
      const { items, pages } = await collectPages(limit, (pageToken) => ctx.store().persons.list({ limit, pageToken }));
      expect(pages).toBeGreaterThanOrEqual(3);
      const ids = uniqueIds(items);
      for (const p of created) expect(ids.has(p.id)).toBe(true);
      expect(ids.has(deleted.id)).toBe(false);
      const listed = new Map(items.map((item) => [item.id, item]));
      for (const p of created) expect(listed.get(p.id)).toEqual(p);
    });

    it('lists newest first and by name (case ignored, nameless last), across pages, as renames and deletes leave it', async () => {
      const base = Date.UTC(2040, 0, 1);
      const tag = uid().slice(0, 8);
      const mine: Person[] = [
        person({ name: `b-${tag}`, createdAt: new Date(base + 3000) }),
        person({ name: `A-${tag}`, createdAt: new Date(base + 1000) }),
        person({ name: `c-${tag}`, createdAt: new Date(base + 1000) }), // same instant: by id
        person({ name: undefined, createdAt: new Date(base + 2000) }),
        person({ name: `a-${tag}`, createdAt: new Date(base + 4000) }),
      ];
      const gone = person({ name: `aa-${tag}`, createdAt: new Date(base + 5000) });
      for (const p of [...mine, gone]) await ctx.store().persons.create(p);
      await ctx.store().persons.delete(gone.id);
      const renamed = { ...(mine[0] as Person), name: `0-${tag}` };
      await ctx.store().persons.update(renamed);
      mine[0] = renamed;
      const ids = new Set(mine.map((p) => p.id));
      const listed = async (order: 'newest' | 'name') => {
        const { items } = await collectPages(2, (pageToken) =>
          ctx.store().persons.list({ limit: 2, pageToken, order }),
        );
        expect(uniqueIds(items).size, order).toBe(items.length);
        return items.filter((p) => ids.has(p.id) || p.id === gone.id);
      };
      const byKey = (key: (p: Person) => string | number) => (a: Person, b: Person) => {
        const [x, y] = [key(a), key(b)];
        return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      };
      expect((await listed('newest')).map((p) => p.id)).toEqual(
        [...mine].sort(byKey((p) => -p.createdAt.getTime())).map((p) => p.id),
      );
      expect((await listed('name')).map((p) => p.id)).toEqual(
        [...mine].sort(byKey((p) => personNameKey(p.name))).map((p) => p.id),
      );
      expect((await listed('name')).find((p) => p.id === renamed.id)).toEqual(renamed);
      // a token of one order does not continue the other
      const first = await ctx.store().persons.list({ limit: 1, order: 'name' });
      await expect(
        ctx.store().persons.list({ limit: 1, order: 'newest', pageToken: first.nextPageToken }),
      ).rejects.toBeInstanceOf(InvalidArgumentError);
    });

    it('gives a first page of exactly the limit with a token when more remain', async () => {
      for (let i = 0; i < 3; i++) await ctx.store().persons.create(person());
      const page = await ctx.store().persons.list({ limit: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.nextPageToken).toEqual(expect.any(String));
      const next = await ctx.store().persons.list({ limit: 2, pageToken: page.nextPageToken });
      expect(next.items.length).toBeGreaterThan(0);
      for (const item of next.items) expect(page.items.map((p) => p.id)).not.toContain(item.id);
    });

    it('rejects a page token it did not make with InvalidArgumentError', async () => {
      await expect(ctx.store().persons.list({ limit: 2, pageToken: 'not a token!' })).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
    });

    it('makes 50 concurrent creates all visible, none twice', async () => {
      const created = Array.from({ length: 50 }, () => person());
      await Promise.all(created.map((p) => ctx.store().persons.create(p)));
      const got = await Promise.all(created.map((p) => ctx.store().persons.get(p.id)));
      expect(got).toEqual(created);
      const found = await ctx.store().persons.getByExternalIds(created.map((p) => p.externalId as string));
      expect(found.sort(byId)).toEqual([...created].sort(byId));
      const limit = 20;
      const { items } = await collectPages(limit, (pageToken) => ctx.store().persons.list({ limit, pageToken }));
      const ids = uniqueIds(items);
      for (const p of created) expect(ids.has(p.id)).toBe(true);
    });

    it('lets exactly one of concurrent creates claim the same external id', async () => {
      const externalId = `ext-${uid()}`;
      const contenders = Array.from({ length: 10 }, () => person({ externalId }));
      const results = await Promise.allSettled(contenders.map((p) => ctx.store().persons.create(p)));
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [contenders[i]] : []));
      expect(won).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
      expect(await ctx.store().persons.getByExternalId(externalId)).toEqual(won[0]);
      const stored = await Promise.all(contenders.map((p) => ctx.store().persons.get(p.id)));
      expect(stored.filter((p) => p !== undefined)).toEqual(won);
    });
  });
}
