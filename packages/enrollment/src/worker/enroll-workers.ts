import type { Priority } from '@freeface/domain';
import { type Delivery, type EnrollRequestMessage, type EventBus, HandedBack, type Topics } from '@freeface/events';
import { activeTraceContext, type Logger, type Metrics, withLogContext } from '@freeface/observability';
import type { MetadataStore } from '@freeface/storage';
import type { EnrollService } from '../enroll.service.js';
import type { ImageService } from '../image.service.js';
import type { Locks } from '../locks.js';
import type { BatchExtraction } from './batch-extraction.js';
import { JobRunner, type JobWork } from './job-runner.js';
import { PRIORITY_ORDER, PriorityScheduler, parseWeights } from './priority-scheduler.js';

export interface EnrollWorkersSettings {
  /** settings enroll.workers: batches run at once */
  readonly workers: number;
  /** settings enroll.batchSize: jobs per batch */
  readonly batchSize: number;
  /** settings enroll.priorityWeights */
  readonly priorityWeights: string;
  readonly maxAttempts: number;
  /** partitions of each request topic (settings kafka.partitions) */
  readonly partitions: number;
  /** requests of one priority taken at once (settings enroll.window; 0: 3 x workers x batchSize) */
  readonly window?: number;
  /** the consumer group of the workers */
  readonly group: string;
  /** a failed job's image stays for the retention sweeper (retention.failedJobImageDays > 0) */
  readonly keepFailedImages?: boolean;
}

export interface EnrollWorkersDeps {
  readonly settings: EnrollWorkersSettings;
  readonly bus: EventBus;
  readonly topics: Topics;
  readonly metadata: MetadataStore;
  readonly images: ImageService;
  readonly enrollment: EnrollService;
  readonly extraction: BatchExtraction;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** the image locks of the enrollment services: a failed job's image is removed under its lock */
  readonly locks?: Locks | undefined;
}

export interface EnrollWorkers {
  /** jobs waiting for a worker, and batches running */
  readonly load: () => { waiting: number; running: number };
  /**
   * Graceful stop: takes no more messages, hands the waiting ones back uncommitted (the next member of the
   * group gets them), lets the running batches finish and commit, then leaves the group.
   */
  close(): Promise<void>;
}

/**
 * Requests of one priority in the scheduler or a batch at once, from all its partitions: the setting, or by
 * default enough for a batch storing, one extracting and a full one waiting for every worker (a worker takes what
 * waits as soon as one is there).
 */
export const enrollWindowOf = (settings: Pick<EnrollWorkersSettings, 'window' | 'workers' | 'batchSize'>) =>
  settings.window || 3 * settings.workers * settings.batchSize;

/**
 * The async-enroll worker pool: a member of the workers' consumer group on the four request topics. Each
 * message waits in a PriorityScheduler (weighted round robin over the priorities); `workers` loops take
 * batches of up to batchSize from it and run them (JobRunner), each extracting a batch while it stores the one
 * before. Each partition hands over a window of messages at once; an offset is committed once its job and
 * every earlier one of the partition have been settled.
 */
export async function startEnrollWorkers(deps: EnrollWorkersDeps): Promise<EnrollWorkers> {
  const { settings, bus, topics, logger, metrics } = deps;
  const scheduler = new PriorityScheduler<JobWork>(parseWeights(settings.priorityWeights));
  const jobs = metrics.counter('enroll_jobs_total', 'async enrollment jobs finished', ['status']);
  const batchSize = metrics.histogram(
    'enroll_batch_size',
    'jobs per batch sent to the extractor',
    [],
    [1, 2, 4, 8, 16, 32, 64],
  );
  const stages = metrics.histogram('enroll_stage_seconds', 'time of each stage of a batch', ['stage']);
  const jobSeconds = metrics.histogram(
    'enroll_job_seconds',
    "time from enroll_async to the job's end, by status",
    ['status'],
    [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800],
  );
  const retries = metrics.counter('enroll_retries_total', 'job attempts that failed and will be tried again, by code', [
    'code',
  ]);
  const deadLetters = metrics.counter('enroll_dead_letters_total', 'requests sent to the dead-letter topic, by code', [
    'code',
  ]);
  const runner = new JobRunner({
    ...deps,
    timeStage: (stage, seconds) => stages.observe({ stage }, seconds),
    maxAttempts: settings.maxAttempts,
    keepFailedImages: settings.keepFailedImages ?? false,
    onFinished: (job, deadLettered) => {
      const status = deadLettered ? 'dead_lettered' : job.status;
      jobs.inc({ status });
      jobSeconds.observe({ status }, Math.max(0, job.updatedAt.getTime() - job.createdAt.getTime()) / 1000);
    },
    onRetry: (code) => retries.inc({ code }),
    onDeadLetter: (code) => deadLetters.inc({ code }),
  });
  let running = 0;
  const waitingGauge = metrics.gauge('enroll_jobs_waiting', 'jobs taken from the topics, waiting for a worker');
  const runningGauge = metrics.gauge('enroll_batches_running', 'batches the workers are running');
  const depthGauge = metrics.gauge('enroll_queue_depth', 'jobs waiting for a worker, by priority', ['priority']);
  const gauge = () => {
    waitingGauge.set(scheduler.size);
    for (const priority of PRIORITY_ORDER) depthGauge.set({ priority }, scheduler.sizeOf(priority));
    runningGauge.set(running);
  };

  const handler = (delivery: Delivery<EnrollRequestMessage>): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const work: JobWork = {
        jobId: delivery.message.jobId,
        topic: delivery.topic,
        key: delivery.key,
        message: delivery.message,
        trace: activeTraceContext(),
        resolve,
        reject,
      };
      if (!scheduler.push(work, delivery.message.priority as Priority)) reject(new HandedBack());
      gauge();
    });

  /** A stage of a batch; when it fails itself (not a job of it), every job of the batch comes again. */
  const stage = async <T>(batch: readonly JobWork[], run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await withLogContext({ jobIds: batch.map((w) => w.jobId) }, run);
    } catch (error) {
      logger.error({ err: error }, 'enrollment batch failed');
      for (const work of batch) work.reject(error);
      return undefined;
    }
  };

  /**
   * A worker: it extracts a batch while it stores the one before, so that the extractor is not idle while the
   * stores are written; at most one batch of each at once, and the last one stored before the worker ends.
   */
  const loop = async (): Promise<void> => {
    let storing = Promise.resolve();
    for (;;) {
      const batch = await scheduler.take(settings.batchSize);
      if (batch.length === 0) break;
      running++;
      gauge();
      batchSize.observe(batch.length);
      const extracted = await stage(batch, () => runner.extract(batch));
      await storing;
      storing = stage(batch, () => runner.store(extracted ?? [])).then(() => {
        running--;
        gauge();
      });
    }
    await storing;
  };

  const subscription = await bus.subscribe({
    group: settings.group,
    topics: Object.values(topics.enrollRequests),
    // every partition may have messages waiting in the scheduler, so that all priorities are seen; a window
    // of each priority, from one partition or many, so that the workers' batches fill however few partitions
    // carry the requests, and no more than that however many partitions this process is given
    concurrency: settings.partitions * Object.keys(topics.enrollRequests).length,
    window: enrollWindowOf(settings),
    topicWindow: enrollWindowOf(settings),
    handler,
    onInvalid: async (d) => {
      logger.warn({ topic: d.topic, offset: d.offset, reason: d.reason }, 'invalid enrollment request dead-lettered');
      deadLetters.inc({ code: 'INVALID_MESSAGE' });
      await bus.publish(topics.deadLetters, d.key ?? `${d.topic}/${d.partition}/${d.offset}`, {
        kind: 'dead-letter',
        version: 1,
        topic: d.topic,
        key: d.key ?? null,
        payload: d.raw,
        reason: d.reason,
        attempts: 0,
        failedAt: new Date().toISOString(),
      });
    },
  });
  const loops = Array.from({ length: settings.workers }, () => loop());
  logger.info({ workers: settings.workers, batchSize: settings.batchSize }, 'enrollment workers started');

  return {
    load: () => ({ waiting: scheduler.size, running }),
    async close() {
      for (const work of scheduler.close()) work.reject(new HandedBack());
      await Promise.all(loops);
      await subscription.close();
      logger.info('enrollment workers stopped');
    },
  };
}
