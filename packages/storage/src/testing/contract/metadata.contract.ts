// The contract of the metadata port: every adapter's test file calls describeMetadataContract with a
// function that opens a store on the same underlying data each time it is called (same SQLite file,
// same keyspace), so the restart case can close the store and open it again.

import { describe, expect, it } from 'vitest';
import type { MetadataStore } from '../../ports/metadata.port.js';
import { appearanceCases } from './metadata/appearances.cases.js';
import { faceCases } from './metadata/faces.cases.js';
import { personCases } from './metadata/persons.cases.js';
import { recordCases } from './metadata/records.cases.js';
import {
  apiKey,
  appearance,
  type ContractContext,
  cluster,
  collectPages,
  face,
  image,
  job,
  person,
  uid,
  user,
} from './metadata/records.js';
import { useStore } from './store-lifecycle.js';

export interface MetadataContractOptions {
  /** per-test timeout for slow backends (default: vitest's) */
  timeoutMs?: number;
}

export function describeMetadataContract(
  name: string,
  open: () => Promise<MetadataStore>,
  opts: MetadataContractOptions = {},
): void {
  describe(`metadata store contract: ${name}`, { timeout: opts.timeoutMs }, () => {
    const ctx: ContractContext = useStore('metadata store', open);

    personCases(ctx);
    faceCases(ctx);
    appearanceCases(ctx);
    recordCases(ctx);

    describe('restart', () => {
      it('keeps every kind of record across close and open', async () => {
        const p = person();
        const f = face({ personId: p.id });
        const img = image({ id: f.imageId });
        const a = appearance({ personId: p.id, imageId: img.id });
        const j = job({ personId: p.id, imageId: img.id, faceIds: [f.id] });
        const u = user();
        const k = apiKey();
        const c = cluster({ faceIds: [f.id] });
        const store = ctx.store();
        await store.persons.create(p);
        await store.faces.put(f);
        await store.images.put(img);
        await store.appearances.add(a);
        await store.jobs.put(j);
        await store.users.create(u);
        await store.apiKeys.create(k);
        await store.clusters.put(c);

        const reopened = await ctx.reopen();
        await reopened.ping();
        expect(await reopened.persons.get(p.id)).toEqual(p);
        expect(await reopened.persons.getByExternalId(p.externalId as string)).toEqual(p);
        expect(await reopened.faces.get(f.id)).toEqual(f);
        expect((await reopened.faces.listByPerson(p.id, { limit: 10 })).items).toEqual([f]);
        expect(await reopened.images.get(img.id)).toEqual(img);
        expect((await reopened.appearances.listByPerson(p.id, { limit: 10 })).items).toEqual([a]);
        expect(await reopened.jobs.get(j.id)).toEqual(j);
        expect(await reopened.users.getByUsername(u.username)).toEqual(u);
        expect(await reopened.apiKeys.getByHash(k.keyHash)).toEqual(k);
        expect(await reopened.clusters.listByModel(c.model)).toEqual([c]);
      });

      it('keeps uniqueness rules after a restart', async () => {
        const p = person();
        await ctx.store().persons.create(p);
        await ctx.reopen();
        await expect(ctx.store().persons.create(person({ externalId: p.externalId }))).rejects.toMatchObject({
          code: 'CONFLICT',
        });
      });

      it('continues a page token made before the restart', async () => {
        const personId = uid();
        const mine = Array.from({ length: 5 }, () => face({ personId }));
        for (const f of mine) await ctx.store().faces.put(f);
        const limit = 2;
        const first = await ctx.store().faces.listByPerson(personId, { limit });
        expect(first.nextPageToken).toEqual(expect.any(String));
        await ctx.reopen();
        // collectPages starts with no token: the first fetch resumes from the token made before the restart
        const rest = await collectPages(limit, (token) =>
          ctx.store().faces.listByPerson(personId, { limit, pageToken: token ?? first.nextPageToken }),
        );
        const ids = [...first.items, ...rest.items].map((f) => f.id).sort();
        expect(ids).toEqual(mine.map((f) => f.id).sort());
      });
    });
  });
}
