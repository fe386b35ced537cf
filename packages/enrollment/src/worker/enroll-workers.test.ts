import { type EnrollJob, isJobDone } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { afterEach, describe, expect, it } from 'vitest';
import { jobFaceId } from '../face-ids.js';
import { imageObjectKey } from '../image.service.js';
import {
  openWorkerWorld,
  STUB_EMBEDDER,
  stubEmbedding,
  stubImage,
  submitJob,
  type WorkerWorld,
  waitFor,
} from '../testing/worker-harness.js';
import { startEnrollWorkers } from './enroll-workers.js';

const logger = createLogger({ name: 'workers-test', level: 'silent' });
let world: WorkerWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const start = (w: WorkerWorld, settings: Partial<Parameters<typeof startEnrollWorkers>[0]['settings']> = {}) =>
  startEnrollWorkers({
    settings: {
      workers: 2,
      batchSize: 4,
      priorityWeights: '8,4,2,1',
      maxAttempts: 3,
      partitions: w.config.kafka.partitions,
      group: 'workers',
      ...settings,
    },
    bus: w.bus,
    topics: w.topics,
    metadata: w.storage.metadata,
    images: w.services.images,
    enrollment: w.services.enrollment,
    extraction: w.extraction,
    logger,
    metrics: w.metrics,
  });

const jobOf = async (w: WorkerWorld, id: string) => (await w.storage.metadata.jobs.get(id)) as EnrollJob;
const ended = (w: WorkerWorld, ids: string[]) => async () =>
  (await Promise.all(ids.map((id) => jobOf(w, id)))).every((j) => isJobDone(j.status));

describe('enrollment workers', () => {
  it('run jobs in batches: faces with ids made from the job, results and face events published', async () => {
    world = await openWorkerWorld();
    const w = world;
    const results = await w.collect(w.topics.enrollResults);
    const faceEvents = await w.collect(w.topics.faceEvents);
    w.extraction.delayMs = 30;
    const jobs = await Promise.all(Array.from({ length: 10 }, (_, n) => submitJob(w, n)));
    const workers = await start(w);
    await waitFor(
      ended(
        w,
        jobs.map((j) => j.id),
      ),
      10_000,
      'the jobs',
    );
    await workers.close();

    for (const job of jobs) {
      const done = await jobOf(w, job.id);
      expect(done).toMatchObject({ status: 'completed', attempts: 1, faceIds: [jobFaceId(job.id, 0)] });
      const face = await w.storage.metadata.faces.get(jobFaceId(job.id, 0));
      expect(face).toMatchObject({ imageId: job.imageId, model: STUB_EMBEDDER.id });
      expect(face?.personId).toBeUndefined(); // no person asked: the face waits for face-cluster
    }
    // more than one job per extractor call
    expect(Math.max(...w.extraction.calls.map((c) => c.length))).toBeGreaterThan(1);
    await waitFor(() => results.items.length >= 10 && faceEvents.items.length >= 10);
    expect(new Set(results.items.map((r) => r.message.jobId))).toEqual(new Set(jobs.map((j) => j.id)));
    const enrolled = faceEvents.items[0]?.message;
    expect(enrolled).toMatchObject({ type: 'face.enrolled', personId: null, model: STUB_EMBEDDER.id });
    // the face's box as REST and gRPC name it
    const stored = enrolled?.type === 'face.enrolled' ? await w.storage.metadata.faces.get(enrolled.faceId) : undefined;
    expect(enrolled?.type === 'face.enrolled' && enrolled.bbox).toEqual(stored?.box);
    // ids only: the log keeps no embedding an erasure could not take back
    expect(enrolled).toMatchObject({ version: 2 });
    expect(enrolled).not.toHaveProperty('embedding');
    const index = await w.storage.vectors.index(STUB_EMBEDDER.id, STUB_EMBEDDER.dimension);
    expect(await index.count()).toBe(10);
  });

  it('fill their batches from a single partition: a window of its requests is taken at once', async () => {
    world = await openWorkerWorld({ FREEFACE_KAFKA_PARTITIONS: '1' });
    const w = world;
    w.extraction.delayMs = 20;
    const jobs = await Promise.all(Array.from({ length: 12 }, (_, n) => submitJob(w, n)));
    // window: 3 x workers x batchSize = 12 requests of the partition at once
    const workers = await start(w, { workers: 1, batchSize: 4 });
    await waitFor(
      ended(
        w,
        jobs.map((j) => j.id),
      ),
      10_000,
      'the jobs',
    );
    await workers.close();
    // one request at a time per partition would make batches of one
    expect(Math.max(...w.extraction.calls.map((c) => c.length))).toBe(4);
    expect(w.extraction.calls.flat().sort()).toEqual(jobs.map((j) => j.id).sort());
  });

  it('extract a batch while they store the one before: the next extraction starts before the store ends', async () => {
    world = await openWorkerWorld();
    const w = world;
    const events: string[] = [];
    let secondExtraction: () => void = () => {};
    const extracting = new Promise<void>((resolve) => {
      secondExtraction = resolve;
    });
    const extract = w.extraction.extract.bind(w.extraction);
    w.extraction.extract = (images) => {
      events.push('extract');
      if (w.extraction.calls.length === 1) secondExtraction();
      return extract(images);
    };
    // a slow store: the first one ends once the next batch is being extracted (or, without the overlap, after
    // a while: then the order below fails)
    const enrollAnalyzed = w.services.enrollment.enrollAnalyzed.bind(w.services.enrollment);
    w.services.enrollment.enrollAnalyzed = async (...args) => {
      const first = !events.includes('store start');
      events.push('store start');
      if (first) await Promise.race([extracting, new Promise((resolve) => setTimeout(resolve, 3000))]);
      const result = await enrollAnalyzed(...args);
      events.push('store end');
      return result;
    };
    const jobs = await Promise.all([0, 1].map((n) => submitJob(w, 400 + n)));
    const workers = await start(w, { workers: 1, batchSize: 1 });
    await waitFor(
      ended(
        w,
        jobs.map((j) => j.id),
      ),
      10_000,
      'the jobs',
    );
    await workers.close();
    expect(events).toEqual(['extract', 'store start', 'extract', 'store end', 'store start', 'store end']);
    for (const job of jobs) expect(await jobOf(w, job.id)).toMatchObject({ status: 'completed', attempts: 1 });
  });

  it('make the same faces once when a job comes twice, and only tell the result again', async () => {
    world = await openWorkerWorld();
    const w = world;
    w.extraction.answers.clear();
    const image = stubImage(1);
    const job = await w.services.jobs.submit({
      image,
      options: { multiFace: true, context: {} },
      priority: 'high',
      externalId: 'twice',
    });
    w.extraction.answers.set(image.id, { faces: 3, seed: 4 });
    const results = await w.collect(w.topics.enrollResults);
    const workers = await start(w);
    await waitFor(ended(w, [job.id]));
    // the request again (a crash before its commit): the job is done, only its result is told again
    await w.bus.publish(w.topics.enrollRequests.high, job.id, {
      kind: 'enroll.request',
      version: 1,
      jobId: job.id,
      priority: 'high',
      imageId: job.imageId,
      submittedAt: new Date().toISOString(),
    });
    await waitFor(() => results.items.length >= 2);
    // and a crash after the faces were stored but before the job said so: run it again from scratch
    const done = await jobOf(w, job.id);
    await w.storage.metadata.jobs.put({ ...done, status: 'processing', faceIds: [] });
    await w.bus.publish(w.topics.enrollRequests.high, job.id, {
      kind: 'enroll.request',
      version: 1,
      jobId: job.id,
      priority: 'high',
      imageId: job.imageId,
      submittedAt: new Date().toISOString(),
    });
    await waitFor(() => results.items.length >= 3);
    await workers.close();

    const person = await w.services.persons.getByExternalId('twice');
    const faces = await w.storage.metadata.faces.listByPersonAndImage(person.id, image.id);
    expect(faces.map((f) => f.id).sort()).toEqual([0, 1, 2].map((i) => jobFaceId(job.id, i)).sort());
    expect((await jobOf(w, job.id)).faceIds.sort()).toEqual(faces.map((f) => f.id).sort());
    const index = await w.storage.vectors.index(STUB_EMBEDDER.id, STUB_EMBEDDER.dimension);
    expect(await index.count()).toBe(3);
    expect(w.extraction.calls).toHaveLength(2); // the result-only delivery did not extract
  });

  it('fail a job whose image the extractor refuses, with the reason, at once', async () => {
    world = await openWorkerWorld();
    const w = world;
    const job = await submitJob(w, 7);
    w.extraction.answers.set(job.imageId, { code: 'IMAGE_UNREADABLE', message: 'not an image' });
    const dead = await w.collect(w.topics.deadLetters);
    const workers = await start(w);
    await waitFor(ended(w, [job.id]));
    await workers.close();
    expect(await jobOf(w, job.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'IMAGE_UNREADABLE: not an image',
    });
    expect(dead.items).toHaveLength(0);
    // failed for good, and nothing else uses its image: the bytes are gone too
    expect(await w.storage.objects.head(imageObjectKey(job.imageId))).toBeUndefined();
  });

  it('keep the image of a failed job that an image record still uses', async () => {
    world = await openWorkerWorld();
    const w = world;
    const job = await submitJob(w, 8);
    // the same photo, enrolled elsewhere: content-addressed, so the same object
    const record = { id: job.imageId, contentType: 'image/png', width: 8, height: 8, bytes: 8, createdAt: new Date() };
    await w.storage.metadata.images.put(record);
    w.extraction.answers.set(job.imageId, { code: 'NO_FACE', message: 'no face found in image_data' });
    const workers = await start(w);
    await waitFor(ended(w, [job.id]));
    await workers.close();
    expect((await jobOf(w, job.id)).status).toBe('failed');
    expect(await w.storage.objects.head(imageObjectKey(job.imageId))).toBeDefined();
  });

  it('try again a job whose image met an internal error of the extractor, and dead-letter it in the end', async () => {
    world = await openWorkerWorld();
    const w = world;
    const job = await submitJob(w, 9);
    w.extraction.answers.set(job.imageId, {
      code: 'INTERNAL',
      message: 'internal error; the server log has the details',
    });
    const dead = await w.collect(w.topics.deadLetters);
    const workers = await start(w, { maxAttempts: 2 });
    await waitFor(ended(w, [job.id]));
    await waitFor(() => dead.items.length >= 1);
    await workers.close();
    expect(await jobOf(w, job.id)).toMatchObject({
      status: 'dead_lettered',
      attempts: 2,
      error:
        'UNAVAILABLE: extractor: INTERNAL: internal error; the server log has the details (gave up after 2 attempts)',
    });
  });

  it('try a job again while the extractor fails, then dead-letter it with the reason, keeping its image', async () => {
    world = await openWorkerWorld();
    const w = world;
    const dead = await w.collect(w.topics.deadLetters);
    w.extraction.failNext = 100;
    const job = await submitJob(w, 3);
    const workers = await start(w, { maxAttempts: 3 });
    await waitFor(ended(w, [job.id]), 10_000, 'the job to fail');
    await waitFor(() => dead.items.length >= 1);
    await workers.close();
    const failed = await jobOf(w, job.id);
    expect(failed).toMatchObject({ status: 'dead_lettered', attempts: 3 });
    // kept for an operator's retry
    expect(await w.storage.objects.head(imageObjectKey(job.imageId))).toBeDefined();
    expect(failed.error).toBe('UNAVAILABLE: extractor unavailable (gave up after 3 attempts)');
    expect(dead.items[0]?.message).toMatchObject({
      kind: 'dead-letter',
      topic: w.topics.enrollRequests.normal.name,
      key: job.id,
      payload: { jobId: job.id },
      reason: failed.error,
    });
    // each of the three attempts failed and the message came again; then it was dead-lettered
    const text = await w.metrics.text();
    expect(text).toContain('freeface_enroll_retries_total{code="UNAVAILABLE",service="enroll-test"} 3');
    expect(text).toContain('freeface_enroll_dead_letters_total{code="UNAVAILABLE",service="enroll-test"} 1');
    expect(text).toMatch(/freeface_enroll_job_seconds_count\{service="enroll-test",status="dead_lettered"\} 1/);
  });

  it('show the jobs waiting for a worker by priority, and none once they are done', async () => {
    world = await openWorkerWorld({ FREEFACE_KAFKA_PARTITIONS: '2' });
    const w = world;
    const jobs = [
      ...(await Promise.all([0, 1, 2].map((n) => submitJob(w, 200 + n, 'low')))),
      ...(await Promise.all([0, 1, 2].map((n) => submitJob(w, 300 + n, 'critical')))),
    ];
    w.extraction.delayMs = 1500; // the one worker is busy while the others wait
    const workers = await start(w, { workers: 1, batchSize: 1 });
    const depth = async (priority: string) =>
      Number(
        new RegExp(`^freeface_enroll_queue_depth\\{priority="${priority}",service="enroll-test"\\} (\\d+)$`, 'm').exec(
          await w.metrics.text(),
        )?.[1] ?? 0,
      );
    await expect.poll(() => depth('low'), { timeout: 10_000 }).toBeGreaterThan(0);
    w.extraction.delayMs = 0;
    await waitFor(
      ended(
        w,
        jobs.map((j) => j.id),
      ),
      20_000,
      'every job',
    );
    await workers.close();
    expect([await depth('low'), await depth('critical')]).toEqual([0, 0]);
  });

  it('serve higher priorities first without starving the lower', async () => {
    world = await openWorkerWorld({ FREEFACE_KAFKA_PARTITIONS: '4' });
    const w = world;
    const low = await Promise.all(Array.from({ length: 6 }, (_, n) => submitJob(w, n, 'low')));
    const critical = await Promise.all(Array.from({ length: 6 }, (_, n) => submitJob(w, 100 + n, 'critical')));
    w.extraction.delayMs = 20;
    const workers = await start(w, { workers: 1, batchSize: 1 });
    await waitFor(
      ended(
        w,
        [...low, ...critical].map((j) => j.id),
      ),
      15_000,
      'every job',
    );
    await workers.close();
    const order = w.extraction.calls.flat();
    const rank = (ids: string[]) => ids.map((id) => order.indexOf(id));
    const lowRanks = rank(low.map((j) => j.id));
    const criticalRanks = rank(critical.map((j) => j.id));
    // the first jobs taken are mostly critical, and a low one is taken before every critical one is done
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(criticalRanks)).toBeLessThan(mean(lowRanks));
    expect(Math.min(...lowRanks)).toBeLessThan(Math.max(...criticalRanks));
  });

  it('on close, finish what runs and hand back what waits: the next member of the group does the rest, once each', async () => {
    world = await openWorkerWorld();
    const w = world;
    w.extraction.delayMs = 50;
    const jobs = await Promise.all(Array.from({ length: 12 }, (_, n) => submitJob(w, n)));
    const first = await start(w, { workers: 1, batchSize: 2 });
    await waitFor(() => w.extraction.calls.length >= 1);
    await first.close();
    const afterFirst = w.extraction.calls.flat();
    expect(afterFirst.length).toBeLessThan(12);
    for (const id of afterFirst) expect((await jobOf(w, id)).status).toBe('completed');

    const second = await start(w);
    await waitFor(
      ended(
        w,
        jobs.map((j) => j.id),
      ),
      10_000,
      'every job',
    );
    await second.close();
    const extracted = w.extraction.calls.flat();
    expect(new Set(extracted).size).toBe(extracted.length); // nobody ran twice
    for (const job of jobs) expect((await jobOf(w, job.id)).attempts).toBe(1);
    expect(stubEmbedding(1)).toHaveLength(STUB_EMBEDDER.dimension);
  });
});
