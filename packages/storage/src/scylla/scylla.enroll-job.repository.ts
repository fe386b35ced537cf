import type { EnrollJob } from '@freeface/domain';
import type { EnrollJobRepository, FailedJobImage } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, json, opt, type Row, withOptional } from './scylla.session.js';

const GET =
  'SELECT id, status, priority, image_id, person_id, external_id, options, webhook_url, face_ids, error, attempts, created_at, updated_at FROM enroll_jobs WHERE id = ?';

const toJob = (row: Row): EnrollJob =>
  withOptional<EnrollJob>(
    {
      id: row.get('id'),
      status: row.get('status'),
      priority: row.get('priority'),
      imageId: row.get('image_id'),
      options: json.read(row, 'options'),
      faceIds: opt<string[]>(row, 'face_ids') ?? [],
      attempts: row.get('attempts'),
      createdAt: row.get('created_at'),
      updatedAt: row.get('updated_at'),
    },
    {
      personId: opt(row, 'person_id'),
      externalId: opt(row, 'external_id'),
      webhookUrl: opt(row, 'webhook_url'),
      error: opt(row, 'error'),
    },
  );

export class ScyllaEnrollJobRepository implements EnrollJobRepository {
  constructor(private readonly session: CqlSession) {}

  async put(job: EnrollJob): Promise<void> {
    const { query, params } = insertInto('enroll_jobs', {
      id: job.id,
      status: job.status,
      priority: job.priority,
      image_id: job.imageId,
      person_id: job.personId ?? null,
      external_id: job.externalId ?? null,
      options: json.write(job.options),
      webhook_url: job.webhookUrl ?? null,
      face_ids: job.faceIds,
      error: job.error ?? null,
      attempts: job.attempts,
      created_at: job.createdAt,
      updated_at: job.updatedAt,
    });
    if (job.status !== 'failed') return this.session.write(query, params);
    await this.session.batch([
      { query, params },
      {
        query: 'INSERT INTO failed_job_images (bucket, failed_at, job_id, image_id) VALUES (0, ?, ?, ?)',
        params: [job.updatedAt, job.id, job.imageId],
      },
    ]);
  }

  async listFailedImages(before: Date, limit: number): Promise<FailedJobImage[]> {
    const rows = await this.session.all(
      `SELECT failed_at, job_id, image_id FROM failed_job_images WHERE bucket = 0 AND failed_at < ? LIMIT ${Math.max(1, Math.floor(limit))}`,
      [before],
    );
    return rows.map((row) => ({
      jobId: row.get('job_id'),
      imageId: row.get('image_id'),
      failedAt: row.get('failed_at'),
    }));
  }

  async forgetFailedImage(entry: FailedJobImage): Promise<void> {
    await this.session.write('DELETE FROM failed_job_images WHERE bucket = 0 AND failed_at = ? AND job_id = ?', [
      entry.failedAt,
      entry.jobId,
    ]);
  }

  async get(id: string): Promise<EnrollJob | undefined> {
    const row = await this.session.first(GET, [id]);
    return row && toJob(row);
  }
}
