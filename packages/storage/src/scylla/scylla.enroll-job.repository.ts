import { type EnrollJob, JOB_PRIORITIES, JOB_STATUSES, type Page } from '@freeface/domain';
import { readWebhookDelivery, writeWebhookDelivery } from '../jobs/webhook-delivery.json.js';
import { checkPageLimit, decodePageToken, isTimeAndKey, keysetPage } from '../paging.js';
import type { EnrollJobRepository, FailedJobImage, JobQuery } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, json, opt, type Row, type Statement, withOptional } from './scylla.session.js';

// enroll_jobs holds the record; enroll_jobs_by_status one row per job in the partition of its status and
// priority, newest first, for the lists (a list over several statuses or priorities merges their partitions);
// enroll_jobs_by_owner each job under the person and the external id it names, for a person's erasure.

const COLUMNS =
  'id, status, priority, image_id, person_id, external_id, options, webhook_url, face_ids, error, attempts, created_at, updated_at, webhook_delivery';
const Q = {
  get: `SELECT ${COLUMNS} FROM enroll_jobs WHERE id = ?`,
  place: 'SELECT status, priority, created_at FROM enroll_jobs WHERE id = ?',
  listed: 'INSERT INTO enroll_jobs_by_status (status, priority, created_at, job_id) VALUES (?, ?, ?, ?)',
  unlisted: 'DELETE FROM enroll_jobs_by_status WHERE status = ? AND priority = ? AND created_at = ? AND job_id = ?',
  first: 'SELECT created_at, job_id FROM enroll_jobs_by_status WHERE status = ? AND priority = ? LIMIT ?',
  after:
    'SELECT created_at, job_id FROM enroll_jobs_by_status WHERE status = ? AND priority = ? AND (created_at, job_id) < (?, ?) LIMIT ?',
};
const KIND = 'enroll-jobs';
const owners = (personId: string | undefined, externalId: string | undefined): string[] => [
  ...(personId === undefined ? [] : [`person:${personId}`]),
  ...(externalId === undefined ? [] : [`external:${externalId}`]),
];
/** parallel reads of the jobs of a page */
const READ_CONCURRENCY = 32;

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
      webhook: readWebhookDelivery(opt(row, 'webhook_delivery')),
    },
  );

interface Listed {
  at: Date;
  id: string;
}

export class ScyllaEnrollJobRepository implements EnrollJobRepository {
  constructor(private readonly session: CqlSession) {}

  async put(job: EnrollJob, options: { fresh?: boolean } = {}): Promise<void> {
    const record = insertInto('enroll_jobs', {
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
      webhook_delivery: writeWebhookDelivery(job.webhook),
    });
    const statements: Statement[] = [record];
    const old = options.fresh ? undefined : await this.session.first(Q.place, [job.id]);
    const moved =
      old &&
      (old.get('status') !== job.status ||
        old.get('priority') !== job.priority ||
        (old.get('created_at') as Date).getTime() !== job.createdAt.getTime());
    if (moved)
      statements.push({
        query: Q.unlisted,
        params: [old.get('status'), old.get('priority'), old.get('created_at'), job.id],
      });
    // written every time: a put cut short before its batch is finished by putting again
    statements.push({ query: Q.listed, params: [job.status, job.priority, job.createdAt, job.id] });
    for (const owner of owners(job.personId, job.externalId))
      statements.push({
        query: 'INSERT INTO enroll_jobs_by_owner (owner, job_id) VALUES (?, ?)',
        params: [owner, job.id],
      });
    if (job.status === 'failed')
      statements.push({
        query: 'INSERT INTO failed_job_images (bucket, failed_at, job_id, image_id) VALUES (0, ?, ?, ?)',
        params: [job.updatedAt, job.id, job.imageId],
      });
    await this.session.batch(statements);
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

  async deleteByPerson(personId: string, externalId?: string): Promise<EnrollJob[]> {
    const removed: EnrollJob[] = [];
    for (const owner of owners(personId, externalId)) {
      const rows = await this.session.all('SELECT job_id FROM enroll_jobs_by_owner WHERE owner = ?', [owner]);
      for (const row of rows) {
        const job = await this.get(row.get('job_id'));
        if (job && !removed.some((j) => j.id === job.id)) {
          await this.session.batch([
            { query: 'DELETE FROM enroll_jobs WHERE id = ?', params: [job.id] },
            { query: Q.unlisted, params: [job.status, job.priority, job.createdAt, job.id] },
            {
              query: 'DELETE FROM failed_job_images WHERE bucket = 0 AND failed_at = ? AND job_id = ?',
              params: [job.updatedAt, job.id],
            },
            ...owners(job.personId, job.externalId).map((o) => ({
              query: 'DELETE FROM enroll_jobs_by_owner WHERE owner = ? AND job_id = ?',
              params: [o, job.id],
            })),
          ]);
          removed.push(job);
        }
      }
      // the rows of jobs already gone (or that named the person once and no longer do)
      await this.session.write('DELETE FROM enroll_jobs_by_owner WHERE owner = ?', [owner]);
    }
    return removed;
  }

  async get(id: string): Promise<EnrollJob | undefined> {
    const row = await this.session.first(Q.get, [id]);
    return row && toJob(row);
  }

  async list(query: JobQuery): Promise<Page<EnrollJob>> {
    const limit = checkPageLimit(query.limit);
    const after = query.pageToken === undefined ? undefined : decodePageToken(KIND, query.pageToken, isTimeAndKey);
    const statuses = query.status ? [query.status] : JOB_STATUSES;
    const priorities = query.priority ? [query.priority] : JOB_PRIORITIES;
    // the first limit + 1 of each partition, merged: the newest limit + 1 of them all
    const partitions = await Promise.all(
      statuses.flatMap((status) =>
        priorities.map(async (priority) => {
          const rows = after
            ? await this.session.all(Q.after, [status, priority, new Date(after[0]), after[1], limit + 1])
            : await this.session.all(Q.first, [status, priority, limit + 1]);
          return rows.map((r): Listed => ({ at: r.get('created_at'), id: r.get('job_id') }));
        }),
      ),
    );
    const newest = partitions
      .flat()
      .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, limit + 1);
    const page = keysetPage(
      newest,
      limit,
      KIND,
      (l) => [l.at.getTime(), l.id],
      (l) => l.id,
    );
    const jobs: EnrollJob[] = [];
    for (let i = 0; i < page.items.length; i += READ_CONCURRENCY) {
      const read = await Promise.all(page.items.slice(i, i + READ_CONCURRENCY).map((id) => this.get(id)));
      // a job that changed status since its row was read is left out of a list of the old one
      const fits = (j: EnrollJob | undefined): j is EnrollJob =>
        j !== undefined &&
        (!query.status || j.status === query.status) &&
        (!query.priority || j.priority === query.priority);
      jobs.push(...read.filter(fits));
    }
    return { items: jobs, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) };
  }
}
