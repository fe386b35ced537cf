import { type EnrollJob, isJobDone, isRetryable, isRetryableCode, UnavailableError } from '@freeface/domain';
import type { EventBus, Topics } from '@freeface/events';
import { inTraceContext, type Logger, type TraceContext, withSpan } from '@freeface/observability';
import type { MetadataStore } from '@freeface/storage';
import type { EnrollService } from '../enroll.service.js';
import type { ImageService } from '../image.service.js';
import { sniffImageType } from '../image-bytes.js';
import { optionsOfJob } from '../job-options.js';
import { errorOfJob, failureReason } from '../job-view.js';
import type { Locks } from '../locks.js';
import type { BatchExtraction, ExtractionOutcome } from './batch-extraction.js';

/** Errors that say the job itself cannot succeed (the error table says no retry can help): it fails at once. */
export const isFinal = (error: unknown): boolean => !isRetryable(error);

/** One job of a batch; settle() tells the bus: resolve commits the message, reject has it come again. */
export interface JobWork {
  readonly jobId: string;
  readonly topic: string;
  readonly key: string | undefined;
  readonly message: unknown;
  /** the trace of the job's message (its consumer span): the job's stores, results and webhook continue it */
  readonly trace?: TraceContext | undefined;
  resolve(): void;
  reject(error: unknown): void;
}

export interface JobRunnerDeps {
  readonly metadata: MetadataStore;
  readonly images: ImageService;
  readonly enrollment: EnrollService;
  readonly extraction: BatchExtraction;
  readonly bus: EventBus;
  readonly topics: Topics;
  readonly logger: Logger;
  /** settings enroll.maxAttempts */
  readonly maxAttempts: number;
  /** true: a failed job's image is left for the retention sweeper instead of removed at once */
  readonly keepFailedImages?: boolean;
  /** the enrollment services' locks (a job's state, removing a failed job's image); none: unlocked */
  readonly locks?: Locks | undefined;
  readonly onFinished?: (job: EnrollJob, deadLettered: boolean) => void;
  /** a job that will be tried again, with the stable code of why */
  readonly onRetry?: (code: string) => void;
  /** a request sent to the dead-letter topic, with the stable code of why */
  readonly onDeadLetter?: (code: string) => void;
  /** how long each stage of a batch took: prepare (jobs and images read), extract, store */
  readonly timeStage?: (stage: 'prepare' | 'extract' | 'store', seconds: number) => void;
}

/** "CODE: message" -> CODE, for a metric's label (few values) */
const codeOf = (reason: string): string => /^[A-Z_]+(?=:)/.exec(reason)?.[0] ?? 'INTERNAL';

const since = (start: number) => (performance.now() - start) / 1000;

interface Ready {
  work: JobWork;
  job: EnrollJob;
  bytes: Buffer;
}

interface ExtractedGroup {
  readonly group: readonly Ready[];
  readonly outcomes: readonly ExtractionOutcome[];
}

/** A batch between JobRunner.extract() and JobRunner.store(): its jobs still to store, with their outcomes */
export type ExtractedBatch = readonly ExtractedGroup[];

const groupByThreshold = (ready: readonly Ready[]): Map<number | undefined, Ready[]> => {
  const groups = new Map<number | undefined, Ready[]>();
  for (const r of ready) {
    const minQuality = optionsOfJob(r.job).minQuality;
    groups.set(minQuality, [...(groups.get(minQuality) ?? []), r]);
  }
  return groups;
};

/**
 * Runs a batch of jobs in two halves, extract() then store(): each is marked processing (one more attempt), its
 * image read back, all images sent to the extractor together; then each job's faces stored (ids made from the
 * job id: a job run twice makes the same faces, once), the job completed or failed, and its result published;
 * only then is its message committed. A job that was already done just has its result published again. A job
 * out of attempts goes to the dead-letter topic with its reason and is dead_lettered (a failure an operator
 * may retry).
 *
 * A job may be run twice at once: a worker that lost its partitions in a rebalance, or a consumer made anew
 * after a broker outage, still finishes what it was running while the message comes again to the new owner.
 * So every write of a job's state checks the stored one first, under the job's lock (see save()): a job that
 * ended stays ended (a late run never writes its "processing" over the other's "completed": a job that would
 * never end), the first end wins, and a run's other writes go only onto the attempt it started. A message is
 * settled as handled only once its job has ended; every other outcome has it come again.
 */
export class JobRunner {
  constructor(private readonly deps: JobRunnerDeps) {}

  /**
   * The first half of a batch: the jobs prepared and their images extracted, one extraction per quality
   * threshold asked (most jobs ask none). A job with nothing to run, or whose extraction failed, is settled here; the
   * others wait for store().
   */
  async extract(batch: readonly JobWork[]): Promise<ExtractedBatch> {
    const ready = await this.prepareAll(batch);
    const extracted: ExtractedGroup[] = [];
    for (const [minQuality, group] of groupByThreshold(ready)) {
      const outcomes = await this.extractGroup(group, minQuality);
      if (outcomes) extracted.push({ group, outcomes });
    }
    return extracted;
  }

  /**
   * The second half of a batch (a worker may extract the next one meanwhile): each extracted job's results
   * stored, then its message settled.
   */
  async store(extracted: ExtractedBatch): Promise<void> {
    if (extracted.length === 0) return;
    const start = performance.now();
    await Promise.all(
      extracted.flatMap(({ group, outcomes }) =>
        group.map((r, i) => this.inTrace(r.work, () => this.complete(r, outcomes[i] as ExtractionOutcome))),
      ),
    );
    this.deps.timeStage?.('store', since(start));
  }

  private async prepareAll(batch: readonly JobWork[]): Promise<Ready[]> {
    const ready: Ready[] = [];
    const start = performance.now();
    await Promise.all(
      batch.map(async (work) => {
        try {
          const prepared = await this.inTrace(work, () => this.prepare(work));
          if (prepared) ready.push(prepared);
          else work.resolve();
        } catch (error) {
          await this.inTrace(work, () => this.retryLater(work, undefined, error));
        }
      }),
    );
    this.deps.timeStage?.('prepare', since(start));
    return ready;
  }

  /** The outcomes of a group's images, or undefined when the extraction failed (its jobs will be tried again). */
  private async extractGroup(
    group: readonly Ready[],
    minQuality: number | undefined,
  ): Promise<ExtractionOutcome[] | undefined> {
    const start = performance.now();
    try {
      // in the trace of the batch's first job, linked to the others'
      const [first, ...others] = group.map((r) => r.work.trace);
      const outcomes = await withSpan(
        'enroll extract',
        () =>
          this.deps.extraction.extract(
            group.map((r) => ({ id: r.job.id, bytes: r.bytes })),
            { minQuality },
          ),
        {
          parent: first,
          links: others.filter((t) => t !== undefined),
          attributes: { 'freeface.batch.size': group.length },
        },
      );
      this.deps.timeStage?.('extract', since(start));
      return outcomes;
    } catch (error) {
      for (const r of group) await this.inTrace(r.work, () => this.retryLater(r.work, r.job, error));
      return undefined;
    }
  }

  private inTrace<T>(work: JobWork, fn: () => Promise<T>): Promise<T> {
    return work.trace ? inTraceContext(work.trace, fn) : fn();
  }

  /** The job marked processing with its image, or undefined when there is nothing to run (settled here). */
  private async prepare(work: JobWork): Promise<Ready | undefined> {
    const { metadata, images, maxAttempts, logger } = this.deps;
    const job = await metadata.jobs.get(work.jobId);
    if (!job) {
      await this.deadLetter(work, 'NOT_FOUND: no such enrollment job', 0);
      return undefined;
    }
    if (isJobDone(job.status)) {
      // done before (the message came again after a crash): tell the result again, at least once
      await this.announce(job);
      return undefined;
    }
    if (job.attempts >= maxAttempts) {
      const last = job.error ?? 'INTERNAL: the worker stopped while running it';
      const reason = `${last} (gave up after ${job.attempts} attempts)`;
      const dead: EnrollJob = { ...job, status: 'dead_lettered', error: reason, updatedAt: new Date() };
      const written = await this.save(job, dead, () => this.deadLetter(work, reason, job.attempts));
      if (written) await this.finished(written, true);
      return undefined;
    }
    const running: EnrollJob = { ...job, status: 'processing', attempts: job.attempts + 1, updatedAt: new Date() };
    if (!(await this.save(job, running))) {
      // ended or started by another run since it was read: the message comes again and sees which
      throw new UnavailableError('the job changed while it was being started');
    }
    logger.debug({ jobId: job.id, attempt: running.attempts }, 'enrollment job started');
    try {
      return { work, job: running, bytes: await images.readBytes(job.imageId) };
    } catch (error) {
      if (!isFinal(error)) throw error;
      await this.finish(running, { ...running, status: 'failed', error: failureReason(error), updatedAt: new Date() });
      return undefined;
    }
  }

  private async complete({ work, job, bytes }: Ready, outcome: ExtractionOutcome): Promise<void> {
    try {
      if (!outcome.ok) {
        const reason = `${outcome.code}: ${outcome.message}`;
        // the image's fault is final; anything else (an internal error of the extractor) is tried again
        if (isRetryableCode(outcome.code))
          return this.retryLater(work, job, new UnavailableError(`extractor: ${reason}`));
        await this.finish(job, { ...job, status: 'failed', error: reason, updatedAt: new Date() });
        work.resolve();
        return;
      }
      const result = await this.deps.enrollment.enrollAnalyzed(
        {
          personId: job.personId,
          externalId: job.externalId,
          image: { id: job.imageId, bytes, contentType: sniffImageType(bytes) ?? 'image/jpeg' },
          options: optionsOfJob(job),
          jobId: job.id,
        },
        outcome.analysis,
      );
      const { error: _, ...rest } = job;
      await this.finish(job, {
        ...rest,
        status: 'completed',
        faceIds: result.faces.map((f) => f.face.id),
        updatedAt: new Date(),
        ...(result.person ? { personId: result.person.id } : {}),
      });
      work.resolve();
    } catch (error) {
      if (!isFinal(error)) return this.retryLater(work, job, error);
      try {
        await this.finish(job, { ...job, status: 'failed', error: failureReason(error), updatedAt: new Date() });
        work.resolve();
      } catch (failure) {
        await this.retryLater(work, job, failure);
      }
    }
  }

  /**
   * Writes `next` over `seen` (the job as this run last read or wrote it) under the job's lock, `before` just
   * ahead of the write: an end (completed, failed, dead_lettered) whenever the stored job has not ended, any
   * other state only while the stored job is still at the attempt of `seen`; an end keeps the stored count of
   * attempts when another run had started one more. Answers the job as written, or undefined when nothing was
   * (see the class comment): the job ended meanwhile, or another run started it again.
   */
  private async save(seen: EnrollJob, next: EnrollJob, before?: () => Promise<void>): Promise<EnrollJob | undefined> {
    const { metadata, locks, logger } = this.deps;
    const write = async () => {
      const stored = await metadata.jobs.get(seen.id);
      const fits =
        stored !== undefined &&
        !isJobDone(stored.status) &&
        (isJobDone(next.status) || stored.attempts === seen.attempts);
      if (!fits) {
        logger.info(
          { jobId: seen.id, attempt: seen.attempts, stored: `${stored?.status}/${stored?.attempts}` },
          'enrollment job state not written: the job ended or was started again meanwhile',
        );
        return undefined;
      }
      await before?.();
      const written = { ...next, attempts: Math.max(next.attempts, stored.attempts) };
      await metadata.jobs.put(written);
      return written;
    };
    return locks ? locks.with(`job:${seen.id}`, write) : write();
  }

  /** The job's end (unless it ended already: the first end wins), then its result on the bus. */
  private async finish(seen: EnrollJob, job: EnrollJob): Promise<void> {
    const written = await this.save(seen, job);
    if (written) await this.finished(written, false);
  }

  /**
   * A job's end told: a failed job's image goes when nothing else uses it (a dead-lettered job keeps it: an
   * operator may send the job again, POST /faces/enroll/jobs/{job_id}/retry), and its result is published.
   */
  private async finished(job: EnrollJob, deadLettered: boolean): Promise<void> {
    if (job.status === 'failed' && !this.deps.keepFailedImages) await this.dropImageOf(job);
    await this.announce(job);
    this.deps.onFinished?.(job, deadLettered);
  }

  /**
   * The bytes enroll_async stored for a job that failed for good, unless a face or an image record uses them
   * (images are content-addressed: the same photo enrolled elsewhere is the same object). A removal that fails
   * is logged, not retried: the job's outcome stands either way.
   */
  private async dropImageOf(job: EnrollJob): Promise<void> {
    const { images, locks, logger } = this.deps;
    try {
      const remove = () => images.removeBytesIfUnreferenced(job.imageId);
      const removed = locks ? await locks.with(`image:${job.imageId}`, remove) : await remove();
      if (removed) logger.debug({ jobId: job.id, imageId: job.imageId }, 'image of a failed job removed');
    } catch (error) {
      logger.warn({ err: error, jobId: job.id, imageId: job.imageId }, 'image of a failed job not removed');
    }
  }

  private announce(job: EnrollJob): Promise<void> {
    return this.deps.bus.publish(this.deps.topics.enrollResults, job.id, {
      kind: 'enroll.result',
      version: 2,
      jobId: job.id,
      status: job.status === 'completed' ? 'completed' : 'failed', // dead-lettered is failed too
      personId: job.personId ?? null,
      imageId: job.imageId,
      faceIds: job.faceIds,
      error: errorOfJob(job),
      attempts: job.attempts,
      finishedAt: job.updatedAt.toISOString(),
    });
  }

  private deadLetter(work: JobWork, reason: string, attempts: number): Promise<void> {
    this.deps.logger.warn({ jobId: work.jobId, reason }, 'enrollment job dead-lettered');
    this.deps.onDeadLetter?.(codeOf(reason));
    return this.deps.bus.publish(this.deps.topics.deadLetters, work.key ?? work.jobId, {
      kind: 'dead-letter',
      version: 1,
      topic: work.topic,
      key: work.key ?? null,
      payload: work.message,
      reason,
      attempts,
      failedAt: new Date().toISOString(),
    });
  }

  /**
   * The message comes again (the bus pauses first); the job keeps why, for its dead letter if it comes to that
   * (unless it ended or was started again meanwhile: the message that comes again finds that state, and tells
   * a result that was stored but not yet published).
   */
  private async retryLater(work: JobWork, job: EnrollJob | undefined, error: unknown): Promise<void> {
    this.deps.logger.warn({ err: error, jobId: work.jobId }, 'enrollment job failed; it will be tried again');
    this.deps.onRetry?.(codeOf(failureReason(error)));
    if (job) {
      await this.save(job, { ...job, error: failureReason(error), updatedAt: new Date() }).catch(() => {});
    }
    work.reject(error);
  }
}
