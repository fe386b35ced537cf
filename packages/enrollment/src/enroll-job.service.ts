import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  type EnrollJob,
  NotFoundError,
  type Page,
  type Priority,
  UnavailableError,
} from '@freeface/domain';
import type { EventBus, Topics } from '@freeface/events';
import type { Logger } from '@freeface/observability';
import type { JobQuery, MetadataStore } from '@freeface/storage';
import type { EnrollRequest } from './enroll.service.js';
import type { ImageService } from './image.service.js';
import { storedOptions } from './job-options.js';
import { describeJob, type JobView } from './job-view.js';
import type { PersonService } from './person.service.js';

export interface AsyncEnrollRequest extends Omit<EnrollRequest, 'jobId'> {
  priority: Priority;
  /** where the result is POSTed when the job ends */
  webhookUrl?: string | undefined;
  /** the API key whose webhook secret signs the webhook */
  webhookKeyId?: string | undefined;
}

/**
 * enroll_async: the image goes to the object store and the job to the metadata store before the request
 * is published on the topic of its priority, and all of it before the answer, so nothing is lost with the
 * answer. The async-enroll workers (EnrollWorkers) take it from there.
 */
export class EnrollJobService {
  constructor(
    private readonly metadata: MetadataStore,
    private readonly images: ImageService,
    private readonly persons: PersonService,
    private readonly bus: EventBus,
    private readonly topics: Topics,
    private readonly logger: Logger,
  ) {}

  async submit(request: AsyncEnrollRequest): Promise<EnrollJob> {
    // an unknown person id is the caller's mistake: say so now, not in the job
    if (request.personId !== undefined) await this.persons.get(request.personId);
    const now = new Date();
    const job: EnrollJob = {
      id: randomUUID(),
      status: 'queued',
      priority: request.priority,
      imageId: request.image.id,
      options: storedOptions(request.options, request.webhookKeyId),
      faceIds: [],
      attempts: 0,
      createdAt: now,
      updatedAt: now,
      ...(request.personId !== undefined ? { personId: request.personId } : {}),
      ...(request.externalId !== undefined ? { externalId: request.externalId } : {}),
      ...(request.webhookUrl !== undefined ? { webhookUrl: request.webhookUrl } : {}),
    };
    // the bytes (unless stored already) and the record at once; a record whose bytes did not make it is failed
    const [image, record] = await Promise.allSettled([
      this.images.putBytes(request.image),
      this.metadata.jobs.put(job, { fresh: true }),
    ]);
    if (image.status === 'rejected') {
      if (record.status === 'fulfilled') await this.fail(job, 'the image could not be stored');
      throw image.reason;
    }
    if (record.status === 'rejected') throw record.reason;
    await this.queue(job, now);
    return job;
  }

  /**
   * Sends a dead-lettered job again: queued with its attempts from zero, its webhook to be sent anew.
   * ConflictError for a job in any other state, or whose image is gone (dead-lettered before images were
   * kept for a retry).
   */
  async retry(id: string): Promise<EnrollJob> {
    const job = await this.status(id);
    if (job.status !== 'dead_lettered')
      throw new ConflictError(`job ${id} is ${job.status}: only a dead-lettered job can be retried`, { jobId: id });
    if (!(await this.images.hasBytes(job.imageId)))
      throw new ConflictError(`job ${id} cannot be retried: its image is gone; enroll the image again`, { jobId: id });
    const { error: _error, webhook: _webhook, ...rest } = job;
    const now = new Date();
    const queued: EnrollJob = { ...rest, status: 'queued', attempts: 0, updatedAt: now };
    await this.metadata.jobs.put(queued);
    await this.queue(queued, now);
    this.logger.info({ jobId: id }, 'dead-lettered enrollment job retried');
    return queued;
  }

  /** The job as the API shows it, each face with the person it is with now. */
  async describe(id: string): Promise<JobView> {
    return this.show(await this.status(id));
  }

  show(job: EnrollJob): Promise<JobView> {
    return describeJob(this.metadata, job);
  }

  /** Newest first, by status and priority. */
  list(query: JobQuery): Promise<Page<EnrollJob>> {
    return this.metadata.jobs.list(query);
  }

  /** The request on the topic of the job's priority; a job that cannot be queued is failed, UnavailableError. */
  private async queue(job: EnrollJob, now: Date): Promise<void> {
    try {
      await this.bus.publish(this.topics.enrollRequests[job.priority], job.id, {
        kind: 'enroll.request',
        version: 1,
        jobId: job.id,
        priority: job.priority,
        imageId: job.imageId,
        submittedAt: now.toISOString(),
      });
    } catch (error) {
      // the job would wait forever: it is failed, and the caller told to send it again
      this.logger.error({ err: error, jobId: job.id }, 'enrollment request not published');
      await this.fail(job, 'the job could not be queued');
      throw new UnavailableError('the enrollment queue is unavailable; send the enrollment again shortly', {
        jobId: job.id,
      });
    }
  }

  /** A job that never reached the queue: failed, so that it waits for nothing (and its image is swept). */
  private async fail(job: EnrollJob, what: string): Promise<void> {
    const reason = `UNAVAILABLE: ${what}; send the enrollment again shortly`;
    await this.metadata.jobs.put({ ...job, status: 'failed', error: reason, updatedAt: new Date() });
  }

  async status(id: string): Promise<EnrollJob> {
    const job = await this.metadata.jobs.get(id);
    if (!job) throw new NotFoundError('enrollment job', id);
    return job;
  }
}
