import { randomUUID } from 'node:crypto';
import { type EnrollJob, errorCodeOf, type GeoPoint, NotFoundError, type Priority } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import type { MetadataStore } from '@freeface/storage';
import type { EnrollOptions, EnrollRequest, EnrollService } from './enroll.service.js';
import type { EnrollQueue } from './enroll-queue.js';
import type { ImageService } from './image.service.js';
import { sniffImageType } from './image-data.js';
import type { PersonService } from './person.service.js';

/** The options as a job keeps them (JSON in the store). */
interface StoredOptions {
  multiFace: boolean;
  minQuality?: number;
  capturedAt?: string;
  location?: GeoPoint;
  sourceId?: string;
}

const stored = ({ multiFace, minQuality, context }: EnrollOptions): StoredOptions => ({
  multiFace,
  ...(minQuality !== undefined ? { minQuality } : {}),
  ...(context.capturedAt ? { capturedAt: context.capturedAt.toISOString() } : {}),
  ...(context.location ? { location: context.location } : {}),
  ...(context.sourceId !== undefined ? { sourceId: context.sourceId } : {}),
});

const restored = (o: Record<string, unknown>): EnrollOptions => {
  const s = o as unknown as StoredOptions;
  return {
    multiFace: s.multiFace === true,
    minQuality: s.minQuality,
    context: {
      capturedAt: s.capturedAt ? new Date(s.capturedAt) : undefined,
      location: s.location,
      sourceId: s.sourceId,
    },
  };
};

/** How a failed job tells why: "CODE: message" for the errors raised on purpose. */
export const failureReason = (error: unknown): string => {
  const code = errorCodeOf(error);
  return code
    ? `${code}: ${(error as Error).message}`
    : 'INTERNAL: the enrollment failed; the server log has the details';
};

/**
 * enroll_async: the image goes to the object store and the job to the metadata store before the answer,
 * so the answer is quick and nothing is lost with it; a worker then enrolls and records how it went.
 */
export class EnrollJobService {
  private queue: EnrollQueue | undefined;

  constructor(
    private readonly metadata: MetadataStore,
    private readonly images: ImageService,
    private readonly persons: PersonService,
    private readonly enrollment: EnrollService,
    private readonly logger: Logger,
  ) {}

  /** The queue that runs the jobs (it calls back process()). */
  attach(queue: EnrollQueue): void {
    this.queue = queue;
  }

  async submit(request: EnrollRequest & { priority: Priority }): Promise<EnrollJob> {
    if (!this.queue) throw new Error('no enrollment queue attached');
    // an unknown person id is the caller's mistake: say so now, not in the job
    if (request.personId !== undefined) await this.persons.get(request.personId);
    await this.images.putBytes(request.image);
    const now = new Date();
    const job: EnrollJob = {
      id: randomUUID(),
      status: 'queued',
      priority: request.priority,
      imageId: request.image.id,
      options: stored(request.options) as unknown as Record<string, unknown>,
      faceIds: [],
      attempts: 0,
      createdAt: now,
      updatedAt: now,
      ...(request.personId !== undefined ? { personId: request.personId } : {}),
      ...(request.externalId !== undefined ? { externalId: request.externalId } : {}),
    };
    await this.metadata.jobs.put(job);
    this.queue.submit(job.id, job.priority);
    return job;
  }

  async status(id: string): Promise<EnrollJob> {
    const job = await this.metadata.jobs.get(id);
    if (!job) throw new NotFoundError('enrollment job', id);
    return job;
  }

  /** Runs one job: queued -> processing -> completed (with the face ids) or failed (with the reason). */
  async process(jobId: string): Promise<void> {
    const job = await this.metadata.jobs.get(jobId);
    if (!job || job.status === 'completed' || job.status === 'failed') return;
    const running: EnrollJob = { ...job, status: 'processing', attempts: job.attempts + 1, updatedAt: new Date() };
    await this.metadata.jobs.put(running);
    let done: EnrollJob;
    try {
      const bytes = await this.images.readBytes(job.imageId);
      const contentType = sniffImageType(bytes) ?? 'image/jpeg';
      const result = await this.enrollment.enroll({
        personId: job.personId,
        externalId: job.externalId,
        image: { id: job.imageId, bytes, contentType },
        options: restored(job.options),
      });
      done = {
        ...running,
        status: 'completed',
        personId: result.person.id,
        faceIds: result.faces.map((f) => f.face.id),
        updatedAt: new Date(),
      };
    } catch (error) {
      if (!errorCodeOf(error)) this.logger.error({ err: error, jobId }, 'enrollment job failed');
      done = { ...running, status: 'failed', error: failureReason(error), updatedAt: new Date() };
    }
    await this.metadata.jobs.put(done);
  }
}
