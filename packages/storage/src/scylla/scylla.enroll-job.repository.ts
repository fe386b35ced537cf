import type { EnrollJob } from '@freeface/domain';
import type { EnrollJobRepository } from '../ports/metadata.port.js';
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
    await this.session.write(query, params);
  }

  async get(id: string): Promise<EnrollJob | undefined> {
    const row = await this.session.first(GET, [id]);
    return row && toJob(row);
  }
}
