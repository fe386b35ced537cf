import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Appearance, EnrollJob, Face, Person } from '@freeface/domain';
import { createLogger, Metrics } from '@freeface/observability';
import {
  createMemoryCache,
  type MetadataStore,
  type ObjectStore,
  openFolderObjectStore,
  openSqliteMetadataStore,
} from '@freeface/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageService, imageObjectKey } from '../image.service.js';
import { Locks } from '../locks.js';
import { RetentionSweeper, SWEEP_LOCK } from './retention-sweeper.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);
const day = (n: number) => new Date(T0 + n * DAY);

let dir: string;
let metadata: MetadataStore;
let objects: ObjectStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ff-retention-'));
  metadata = await openSqliteMetadataStore({ dataDir: dir });
  objects = await openFolderObjectStore({ dir: join(dir, 'objects') });
});
afterAll(async () => {
  await metadata.close();
  await objects.close();
  await rm(dir, { recursive: true, force: true });
});

const person = (over: Partial<Person> = {}): Person => ({
  id: randomUUID(),
  metadata: {},
  createdAt: day(0),
  updatedAt: day(0),
  ...over,
});
const appearance = (personId: string, seenAt: Date): Appearance => ({
  personId,
  seenAt,
  appearanceId: randomUUID(),
  imageId: randomBytes(32).toString('hex'),
  similarity: 0.9,
});
const failedJob = (imageId: string, failedAt: Date): EnrollJob => ({
  id: randomUUID(),
  status: 'failed',
  priority: 'normal',
  imageId,
  options: {},
  faceIds: [],
  error: 'INVALID_IMAGE: no face',
  attempts: 1,
  createdAt: failedAt,
  updatedAt: failedAt,
});

describe('retention sweeper (a controlled clock)', () => {
  it('removes appearances past each person’s retention and failed jobs’ images past theirs, and counts them', async () => {
    const cache = createMemoryCache({ maxEntries: 1000 });
    const metrics = new Metrics('test');
    const images = new ImageService({ metadata, objects });
    let now = day(100);
    const sweeper = new RetentionSweeper({
      metadata,
      cache,
      images,
      locks: new Locks(cache),
      logger: createLogger({ name: 'test', level: 'silent' }),
      metrics,
      settings: { appearanceDays: 30, failedJobImageDays: 7 },
      now: () => now,
    });
    // the setting (30 days), a person who asks for 5, one kept for ever (0)
    const [usual, brief, forever] = [person(), person({ retentionDays: 5 }), person({ retentionDays: 0 })];
    for (const p of [usual, brief, forever]) await metadata.persons.create(p);
    const ages = [1, 10, 40]; // days before "now"
    for (const p of [usual, brief, forever])
      for (const age of ages) await metadata.appearances.add(appearance(p.id, day(100 - age)));
    // failed jobs' images: one failed 10 days ago, one 2 days ago, one 10 days ago whose image a face uses
    const bytes = [randomBytes(100), randomBytes(100), randomBytes(100)];
    const ids = bytes.map(() => randomBytes(32).toString('hex'));
    for (const [i, id] of ids.entries()) await objects.put(imageObjectKey(id), bytes[i] as Buffer, 'image/jpeg');
    const failedAt = [day(90), day(98), day(90)];
    for (const [i, id] of ids.entries()) await metadata.jobs.put(failedJob(id, failedAt[i] as Date));
    const face: Face = {
      id: randomUUID(),
      imageId: ids[2] as string,
      model: 'm',
      box: { x: 0, y: 0, width: 1, height: 1 },
      detectionScore: 1,
      quality: 1,
      createdAt: day(95),
    };
    await metadata.faces.put(face);

    expect(await sweeper.sweepOnce()).toEqual({ appearances: 1 + 2, failed_job_images: 1 });
    const left = async (p: Person) =>
      (await metadata.appearances.listByPerson(p.id, { limit: 10 })).items.map(
        (a) => (T0 + 100 * DAY - a.seenAt.getTime()) / DAY + (now.getTime() - day(100).getTime()) / DAY,
      );
    expect(await left(usual)).toEqual([1, 10]);
    expect(await left(brief)).toEqual([1]);
    expect(await left(forever)).toEqual([1, 10, 40]);
    const present = async () =>
      Promise.all(ids.map(async (id) => (await objects.head(imageObjectKey(id))) !== undefined));
    expect(await present()).toEqual([false, true, true]);

    // a week later: the second failed job's image is due; the one a face uses stays; appearances age too
    now = day(107);
    expect(await sweeper.sweepOnce()).toEqual({ appearances: 1, failed_job_images: 1 });
    expect(await left(usual)).toEqual([8, 17]); // within 30 days still
    expect(await left(brief)).toEqual([]); // 8 days old, past 5
    expect(await present()).toEqual([false, false, true]);
    expect(await sweeper.sweepOnce()).toEqual({ appearances: 0, failed_job_images: 0 });

    const counted = (await metrics.registry.getSingleMetricAsString('freeface_retention_removed_total')).split('\n');
    expect(counted).toContain('freeface_retention_removed_total{kind="appearances",service="test"} 4');
    expect(counted).toContain('freeface_retention_removed_total{kind="failed_job_images",service="test"} 2');
  });

  it('skips its turn while another replica holds the sweep lock', async () => {
    const cache = createMemoryCache({ maxEntries: 100 });
    const sweeper = new RetentionSweeper({
      metadata,
      cache,
      images: new ImageService({ metadata, objects }),
      locks: new Locks(cache),
      logger: createLogger({ name: 'test', level: 'silent' }),
      metrics: new Metrics('test'),
      settings: { appearanceDays: 1, failedJobImageDays: 1 },
      now: () => day(1000),
    });
    const other = await cache.acquireLock(SWEEP_LOCK, 60);
    expect(await sweeper.sweepOnce()).toBeUndefined();
    await cache.releaseLock(SWEEP_LOCK, other as string);
    expect(await sweeper.sweepOnce()).toEqual(expect.objectContaining({ appearances: expect.any(Number) }));
  });
});
