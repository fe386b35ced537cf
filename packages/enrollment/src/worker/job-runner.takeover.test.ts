import { type EnrollJob, UnavailableError } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { afterEach, describe, expect, it } from 'vitest';
import { jobFaceId } from '../face-ids.js';
import { openWorkerWorld, submitJob, type WorkerWorld, waitFor } from '../testing/worker-harness.js';
import type { BatchExtraction } from './batch-extraction.js';
import { JobRunner, type JobWork } from './job-runner.js';

// One job run by two workers at once, as after a rebalance: the worker that lost the partition still finishes
// what it was running while the new owner runs the job again. The run that is behind must not write its older
// state over the other's end (a job stuck in "processing" whose message was committed: it would never end).

const logger = createLogger({ name: 'takeover-test', level: 'silent' });
let world: WorkerWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** a worker's run of a batch: extracted, then stored */
const runBatch = async (runner: JobRunner, batch: JobWork[]) => runner.store(await runner.extract(batch));

const runnerOf = (w: WorkerWorld, extraction: BatchExtraction) =>
  new JobRunner({
    metadata: w.storage.metadata,
    images: w.services.images,
    enrollment: w.services.enrollment,
    extraction,
    bus: w.bus,
    topics: w.topics,
    logger,
    maxAttempts: 5,
    locks: w.services.locks,
  });

/** a delivery of the job's message, and how it was settled */
const delivery = (job: EnrollJob) => {
  const seen: { settled?: 'resolved' | 'rejected' } = {};
  const work: JobWork = {
    jobId: job.id,
    topic: 'requests',
    key: job.id,
    message: { jobId: job.id },
    resolve: () => {
      seen.settled ??= 'resolved';
    },
    reject: () => {
      seen.settled ??= 'rejected';
    },
  };
  return { work, seen };
};

/** an extraction held until `release`, then answering as `then` does */
const held = (then: BatchExtraction['extract']) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const extraction: BatchExtraction = {
    extract: async (images, options) => {
      await gate;
      return then(images, options);
    },
  };
  return { extraction, release };
};

const stored = async (w: WorkerWorld, id: string) => (await w.storage.metadata.jobs.get(id)) as EnrollJob;

describe('a job run twice at once', () => {
  it('keeps the end the newer run wrote when the older one fails afterwards; the older one has its message come again', async () => {
    world = await openWorkerWorld();
    const w = world;
    const job = await submitJob(w, 1);
    const older = held(async () => {
      throw new UnavailableError('extractor unavailable');
    });
    const first = delivery(job);
    const olderRun = runBatch(runnerOf(w, older.extraction), [first.work]);
    await waitFor(async () => (await stored(w, job.id)).attempts === 1, 5_000, 'the older run to start the job');

    const second = delivery(job);
    await runBatch(runnerOf(w, w.extraction), [second.work]);
    expect(second.seen.settled).toBe('resolved');
    expect(await stored(w, job.id)).toMatchObject({
      status: 'completed',
      attempts: 2,
      faceIds: [jobFaceId(job.id, 0)],
    });

    older.release();
    await olderRun;
    expect(await stored(w, job.id)).toMatchObject({ status: 'completed', attempts: 2 });
    // its message comes again: it finds the job done and tells the result again
    expect(first.seen.settled).toBe('rejected');
  });

  it("ends the job with the older run's success while the newer one still runs: the first end wins", async () => {
    world = await openWorkerWorld();
    const w = world;
    const job = await submitJob(w, 2);
    const older = held((images) => w.extraction.extract(images));
    const first = delivery(job);
    const olderRun = runBatch(runnerOf(w, older.extraction), [first.work]);
    await waitFor(async () => (await stored(w, job.id)).attempts === 1, 5_000, 'the older run to start the job');

    const newer = held(async () => {
      throw new UnavailableError('extractor unavailable');
    });
    const second = delivery(job);
    const newerRun = runBatch(runnerOf(w, newer.extraction), [second.work]);
    await waitFor(async () => (await stored(w, job.id)).attempts === 2, 5_000, 'the newer run to start the job');

    // the older run's success comes while the newer run holds the job: it ends the job (attempts as counted)
    older.release();
    await olderRun;
    expect(first.seen.settled).toBe('resolved');
    expect(await stored(w, job.id)).toMatchObject({
      status: 'completed',
      attempts: 2,
      faceIds: [jobFaceId(job.id, 0)],
    });
    // the newer run fails afterwards: nothing written over the end, and its message comes again (to find it)
    newer.release();
    await newerRun;
    expect(second.seen.settled).toBe('rejected');
    const ended = await stored(w, job.id);
    expect(ended).toMatchObject({ status: 'completed', attempts: 2 });
    expect(ended.error).toBeUndefined();
  });
});
