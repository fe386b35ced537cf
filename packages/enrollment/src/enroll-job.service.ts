import { randomUUID } from 'node:crypto';
import { type EnrollJob, NotFoundError, type Priority, UnavailableError } from '@freeface/domain';
import type { EventBus, Topics } from '@freeface/events';
import type { Logger } from '@freeface/observability';
import type { MetadataStore } from '@freeface/storage';
import type { EnrollRequest } from './enroll.service.js';
import type { ImageService } from './image.service.js';
import { storedOptions } from './job-options.js';
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
    await this.images.putBytes(request.image);
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
    await this.metadata.jobs.put(job);
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
      const reason = 'UNAVAILABLE: the job could not be queued; send the enrollment again shortly';
      await this.metadata.jobs.put({ ...job, status: 'failed', error: reason, updatedAt: new Date() });
      throw new UnavailableError('the enrollment queue is unavailable; send the enrollment again shortly', {
        jobId: job.id,
      });
    }
    return job;
  }

  async status(id: string): Promise<EnrollJob> {
    const job = await this.metadata.jobs.get(id);
    if (!job) throw new NotFoundError('enrollment job', id);
    return job;
  }
}
