import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventBus, topicsOf } from '@freeface/events';
import { createLogger } from '@freeface/observability';
import { createMemoryCache, openFolderObjectStore, openSqliteMetadataStore } from '@freeface/storage';
import { afterAll, describe, expect, it } from 'vitest';
import { EnrollJobService } from './enroll-job.service.js';
import type { EvidenceService } from './evidence/evidence.service.js';
import type { FaceService } from './face.service.js';
import { ImageService, imageObjectKey } from './image.service.js';
import { PersonService } from './person.service.js';

// enroll_async's submit over the embedded stores: what is stored before the job is published, and what is
// left when the image cannot be stored. The bus records what is published (the buses run their own contract).

const dir = mkdtempSync(join(tmpdir(), 'ff-enroll-jobs-'));
const metadata = await openSqliteMetadataStore({ dataDir: dir });
const objects = await openFolderObjectStore({ dir: join(dir, 'objects') });
afterAll(async () => {
  await metadata.close();
  await objects.close();
});
const persons = new PersonService(metadata, {} as FaceService, createMemoryCache(), {} as EvidenceService);
const options = { multiFace: false, context: {} };
const image = { id: 'a'.repeat(64), bytes: Buffer.from('a photo'), contentType: 'image/jpeg' } as const;

function service(store: typeof objects) {
  const published: string[] = [];
  const bus = { publish: async (_topic: unknown, key: string) => void published.push(key) } as unknown as EventBus;
  const jobs = new EnrollJobService(
    metadata,
    new ImageService({ metadata, objects: store }),
    persons,
    bus,
    topicsOf('test.'),
    createLogger({ name: 'test', level: 'silent' }),
  );
  return { jobs, published };
}

describe('EnrollJobService.submit', () => {
  it('stores the bytes and the queued job before it publishes the job, for the same photo again too', async () => {
    const { jobs, published } = service(objects);
    const first = await jobs.submit({ image, options, priority: 'normal' });
    const again = await jobs.submit({ image, options, priority: 'normal' });
    expect(published).toEqual([first.id, again.id]);
    expect((await objects.head(imageObjectKey(image.id)))?.size).toBe(image.bytes.length);
    expect((await metadata.jobs.get(again.id))?.status).toBe('queued');
  });

  it('fails the job, and publishes nothing, when the image cannot be stored', async () => {
    const broken = {
      ...objects,
      head: async () => undefined,
      put: async () => {
        throw new Error('the object store is down');
      },
    };
    const { jobs, published } = service(broken);
    await expect(jobs.submit({ image, options, priority: 'high' })).rejects.toThrow('the object store is down');
    expect(published).toEqual([]);
    const { items } = await metadata.jobs.list({ priority: 'high', limit: 10 });
    expect(items.map((j) => [j.status, j.error])).toEqual([
      ['failed', 'UNAVAILABLE: the image could not be stored; send the enrollment again shortly'],
    ]);
  });
});
