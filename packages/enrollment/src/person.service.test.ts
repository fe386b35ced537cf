import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError } from '@freeface/domain';
import { createMemoryCache, openSqliteMetadataStore } from '@freeface/storage';
import { afterAll, describe, expect, it } from 'vitest';
import type { EvidenceService } from './evidence/evidence.service.js';
import type { FaceService } from './face.service.js';
import { PersonService } from './person.service.js';

const store = await openSqliteMetadataStore({ dataDir: mkdtempSync(join(tmpdir(), 'ff-persons-')) });
afterAll(() => store.close());
const faces = {} as FaceService; // resolve() never touches faces
const evidence = {} as EvidenceService; // nor evidence

describe('PersonService.resolve by external id', () => {
  it('creates the person once, then finds it', async () => {
    const service = new PersonService(store, faces, createMemoryCache(), evidence);
    const made = await service.resolve({ externalId: 'emp-1' });
    expect((await service.resolve({ externalId: 'emp-1' })).id).toBe(made.id);
  });

  it('asks for a retry when the id is claimed but its person is not written yet (a writer died mid-way)', async () => {
    const claimedButUnwritten = {
      ...store,
      persons: {
        ...store.persons,
        getByExternalId: async () => undefined,
        create: async () => {
          throw new ConflictError('external id emp-2 is taken');
        },
      },
    };
    const service = new PersonService(claimedButUnwritten, faces, createMemoryCache(), evidence);
    await expect(service.resolve({ externalId: 'emp-2' })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
