import { NotFoundError } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { byId, type ContractContext, collectPages, face, image, sha256, uid, uniqueIds } from './records.js';

export function faceCases(ctx: ContractContext): void {
  describe('faces', () => {
    it('puts and gets a face, every field intact', async () => {
      const f = face();
      await ctx.store().faces.put(f);
      expect(await ctx.store().faces.get(f.id)).toEqual(f);
      expect(await ctx.store().faces.get(uid())).toBeUndefined();
    });

    it('keeps a face of no person with personId undefined', async () => {
      const f = face({ personId: undefined });
      await ctx.store().faces.put(f);
      const got = await ctx.store().faces.get(f.id);
      expect(got).toEqual(f);
      expect(got?.personId).toBeUndefined();
    });

    it('is idempotent: putting the same face twice stores it once', async () => {
      const f = face();
      await ctx.store().faces.put(f);
      await ctx.store().faces.put({ ...f });
      const page = await ctx.store().faces.listByPerson(f.personId as string, { limit: 10 });
      expect(page.items).toEqual([f]);
    });

    it('lists the faces of a person across pages, each once, and no one else', async () => {
      const personId = uid();
      const mine = Array.from({ length: 7 }, (_, i) =>
        face({ personId, createdAt: new Date(Date.UTC(2024, 0, 1) + i) }),
      );
      await Promise.all(mine.map((f) => ctx.store().faces.put(f)));
      await ctx.store().faces.put(face());
      const limit = 3;
      const { items, pages } = await collectPages(limit, (pageToken) =>
        ctx.store().faces.listByPerson(personId, { limit, pageToken }),
      );
      expect(pages).toBeGreaterThanOrEqual(3);
      uniqueIds(items);
      expect([...items].sort(byId)).toEqual([...mine].sort(byId));
      expect((await ctx.store().faces.listByPerson(uid(), { limit: 5 })).items).toEqual([]);
    });

    it('scans every face, of any person or none, across pages, each once', async () => {
      const made = [face(), face({ personId: undefined }), face(), face({ personId: undefined }), face()];
      for (const f of made) await ctx.store().faces.put(f);
      const limit = 2;
      const { items, pages } = await collectPages(limit, (pageToken) => ctx.store().faces.scan({ limit, pageToken }));
      expect(pages).toBeGreaterThanOrEqual(3);
      uniqueIds(items);
      // the store may hold the faces of the other cases too
      expect(items.filter((f) => made.some((m) => m.id === f.id)).sort(byId)).toEqual([...made].sort(byId));
      await ctx.store().faces.delete(made[0]?.id as string);
      const after = await collectPages(100, (pageToken) => ctx.store().faces.scan({ limit: 100, pageToken }));
      expect(after.items.map((f) => f.id)).not.toContain(made[0]?.id);
    });

    it('lists the faces of a person cut from one image', async () => {
      const personId = uid();
      const imageId = sha256();
      const wanted = [face({ personId, imageId }), face({ personId, imageId })];
      const otherImage = face({ personId });
      const otherPerson = face({ imageId });
      for (const f of [...wanted, otherImage, otherPerson]) await ctx.store().faces.put(f);
      const found = await ctx.store().faces.listByPersonAndImage(personId, imageId);
      expect(found.sort(byId)).toEqual(wanted.sort(byId));
      expect(await ctx.store().faces.listByPersonAndImage(personId, sha256())).toEqual([]);
    });

    it('lists the ids of every face of an image, of any person or none, as faces come and go', async () => {
      const imageId = sha256();
      const [a, b, loose] = [face({ imageId }), face({ imageId }), face({ imageId, personId: undefined })];
      for (const f of [a, b, loose, face()]) await ctx.store().faces.put(f);
      expect((await ctx.store().faces.listIdsByImage(imageId)).sort()).toEqual([a.id, b.id, loose.id].sort());

      await ctx.store().faces.assign(a.id, uid());
      await ctx.store().faces.delete(b.id);
      expect((await ctx.store().faces.listIdsByImage(imageId)).sort()).toEqual([a.id, loose.id].sort());

      const otherImage = sha256();
      await ctx.store().faces.put({ ...loose, imageId: otherImage }); // the face moves to another image
      expect(await ctx.store().faces.listIdsByImage(imageId)).toEqual([a.id]);
      expect(await ctx.store().faces.listIdsByImage(otherImage)).toEqual([loose.id]);
      expect(await ctx.store().faces.listIdsByImage(sha256())).toEqual([]);
    });

    it('assigns a face to another person, then to no person, keeping every list right', async () => {
      const from = uid();
      const to = uid();
      const f = face({ personId: from });
      await ctx.store().faces.put(f);

      await ctx.store().faces.assign(f.id, to);
      expect(await ctx.store().faces.get(f.id)).toEqual({ ...f, personId: to });
      expect((await ctx.store().faces.listByPerson(from, { limit: 10 })).items).toEqual([]);
      expect((await ctx.store().faces.listByPerson(to, { limit: 10 })).items).toEqual([{ ...f, personId: to }]);
      expect(await ctx.store().faces.listByPersonAndImage(to, f.imageId)).toEqual([{ ...f, personId: to }]);
      expect(await ctx.store().faces.listByPersonAndImage(from, f.imageId)).toEqual([]);

      await ctx.store().faces.assign(f.id, undefined);
      const unassigned = await ctx.store().faces.get(f.id);
      expect(unassigned?.personId).toBeUndefined();
      expect(unassigned).toEqual({ ...f, personId: undefined });
      expect((await ctx.store().faces.listByPerson(to, { limit: 10 })).items).toEqual([]);

      await ctx.store().faces.assign(f.id, from);
      expect((await ctx.store().faces.listByPerson(from, { limit: 10 })).items).toEqual([f]);
    });

    it('refuses to assign an unknown face with NotFoundError', async () => {
      await expect(ctx.store().faces.assign(uid(), uid())).rejects.toBeInstanceOf(NotFoundError);
    });

    it('deletes a face from every list; deleting again is no error', async () => {
      const f = face();
      await ctx.store().faces.put(f);
      await ctx.store().faces.delete(f.id);
      expect(await ctx.store().faces.get(f.id)).toBeUndefined();
      expect((await ctx.store().faces.listByPerson(f.personId as string, { limit: 10 })).items).toEqual([]);
      expect(await ctx.store().faces.listByPersonAndImage(f.personId as string, f.imageId)).toEqual([]);
      await ctx.store().faces.delete(f.id);
      await ctx.store().faces.delete(uid());
    });

    it('makes 40 concurrent puts for one person all visible', async () => {
      const personId = uid();
      const many = Array.from({ length: 40 }, () => face({ personId }));
      await Promise.all(many.map((f) => ctx.store().faces.put(f)));
      const limit = 15;
      const { items } = await collectPages(limit, (pageToken) =>
        ctx.store().faces.listByPerson(personId, { limit, pageToken }),
      );
      uniqueIds(items);
      expect(items.sort(byId)).toEqual(many.sort(byId));
    });
  });

  describe('images', () => {
    it('puts and gets an image; unknown is undefined', async () => {
      const img = image();
      await ctx.store().images.put(img);
      expect(await ctx.store().images.get(img.id)).toEqual(img);
      expect(await ctx.store().images.get(sha256())).toBeUndefined();
    });

    it('is idempotent on the content address', async () => {
      const img = image();
      await ctx.store().images.put(img);
      await ctx.store().images.put({ ...img });
      await Promise.all([ctx.store().images.put(img), ctx.store().images.put(img)]);
      expect(await ctx.store().images.get(img.id)).toEqual(img);
    });

    it('deletes an image; deleting again is no error', async () => {
      const img = image();
      await ctx.store().images.put(img);
      await ctx.store().images.delete(img.id);
      expect(await ctx.store().images.get(img.id)).toBeUndefined();
      await ctx.store().images.delete(img.id);
    });
  });
}
