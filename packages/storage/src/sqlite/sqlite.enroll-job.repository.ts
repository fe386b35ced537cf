import type { EnrollJob, Page } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import { readWebhookDelivery, writeWebhookDelivery } from '../jobs/webhook-delivery.json.js';
import { checkPageLimit, decodePageToken, isTimeAndKey, keysetPage } from '../paging.js';
import type { EnrollJobRepository, FailedJobImage, JobQuery } from '../ports/metadata.port.js';
import { date, json, ms, nul, opt, parse } from './sqlite.rows.js';

interface JobRow {
  id: string;
  status: EnrollJob['status'];
  priority: EnrollJob['priority'];
  image_id: string;
  person_id: string | null;
  external_id: string | null;
  options: string;
  webhook_url: string | null;
  face_ids: string;
  error: string | null;
  attempts: number;
  created_at: number;
  updated_at: number;
  webhook_delivery: string | null;
}

interface ListParams {
  status: string | null;
  priority: string | null;
  before_at: number | null;
  before_id: string;
  limit: number;
}

const COLUMNS =
  'id, status, priority, image_id, person_id, external_id, options, webhook_url, face_ids, error, attempts, created_at, updated_at, webhook_delivery';
const KIND = 'enroll-jobs';

const toJob = (row: JobRow): EnrollJob => {
  const webhook = readWebhookDelivery(row.webhook_delivery);
  return {
    id: row.id,
    status: row.status,
    priority: row.priority,
    imageId: row.image_id,
    personId: opt(row.person_id),
    externalId: opt(row.external_id),
    options: parse(row.options),
    webhookUrl: opt(row.webhook_url),
    faceIds: parse(row.face_ids),
    error: opt(row.error),
    attempts: row.attempts,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    ...(webhook ? { webhook } : {}),
  };
};

export class SqliteEnrollJobRepository implements EnrollJobRepository {
  private readonly upsert;
  private readonly byId;
  private readonly listed;
  private readonly failed;
  private readonly failedBefore;
  private readonly forget;
  private readonly ofPerson;
  private readonly removeJob;
  private readonly removeFailed;
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
    this.upsert = db.prepare<JobRow>(
      `INSERT OR REPLACE INTO enroll_jobs (${COLUMNS}) VALUES (@id, @status, @priority, @image_id, @person_id,
       @external_id, @options, @webhook_url, @face_ids, @error, @attempts, @created_at, @updated_at, @webhook_delivery)`,
    );
    this.byId = db.prepare<[string], JobRow>(`SELECT ${COLUMNS} FROM enroll_jobs WHERE id = ?`);
    this.listed = db.prepare<ListParams, JobRow>(
      `SELECT ${COLUMNS} FROM enroll_jobs
       WHERE (@status IS NULL OR status = @status) AND (@priority IS NULL OR priority = @priority)
         AND (@before_at IS NULL OR created_at < @before_at OR (created_at = @before_at AND id < @before_id))
       ORDER BY created_at DESC, id DESC LIMIT @limit`,
    );
    this.failed = db.prepare<[number, string, string]>(
      'INSERT OR REPLACE INTO failed_job_images (failed_at, job_id, image_id) VALUES (?, ?, ?)',
    );
    this.failedBefore = db.prepare<[number, number], { failed_at: number; job_id: string; image_id: string }>(
      'SELECT failed_at, job_id, image_id FROM failed_job_images WHERE failed_at < ? ORDER BY failed_at, job_id LIMIT ?',
    );
    this.forget = db.prepare<[number, string]>('DELETE FROM failed_job_images WHERE failed_at = ? AND job_id = ?');
    this.ofPerson = db.prepare<[string, string | null], JobRow>(
      `SELECT ${COLUMNS} FROM enroll_jobs WHERE person_id = ? UNION SELECT ${COLUMNS} FROM enroll_jobs WHERE external_id = ?`,
    );
    this.removeJob = db.prepare<[string]>('DELETE FROM enroll_jobs WHERE id = ?');
    this.removeFailed = db.prepare<[string]>('DELETE FROM failed_job_images WHERE job_id = ?');
  }

  async deleteByPerson(personId: string, externalId?: string): Promise<EnrollJob[]> {
    return this.db.transaction(() => {
      const rows = this.ofPerson.all(personId, externalId ?? null);
      for (const row of rows) {
        this.removeJob.run(row.id);
        this.removeFailed.run(row.id);
      }
      return rows.map(toJob);
    })();
  }

  async put(job: EnrollJob): Promise<void> {
    this.upsert.run({
      id: job.id,
      status: job.status,
      priority: job.priority,
      image_id: job.imageId,
      person_id: nul(job.personId),
      external_id: nul(job.externalId),
      options: json(job.options ?? {}),
      webhook_url: nul(job.webhookUrl),
      face_ids: json(job.faceIds),
      error: nul(job.error),
      attempts: job.attempts,
      created_at: ms(job.createdAt),
      updated_at: ms(job.updatedAt),
      webhook_delivery: writeWebhookDelivery(job.webhook),
    });
    if (job.status === 'failed') this.failed.run(ms(job.updatedAt), job.id, job.imageId);
  }

  async listFailedImages(before: Date, limit: number): Promise<FailedJobImage[]> {
    return this.failedBefore
      .all(ms(before), limit)
      .map((row) => ({ jobId: row.job_id, imageId: row.image_id, failedAt: date(row.failed_at) }));
  }

  async forgetFailedImage(entry: FailedJobImage): Promise<void> {
    this.forget.run(ms(entry.failedAt), entry.jobId);
  }

  async get(id: string): Promise<EnrollJob | undefined> {
    const row = this.byId.get(id);
    return row && toJob(row);
  }

  async list(query: JobQuery): Promise<Page<EnrollJob>> {
    const limit = checkPageLimit(query.limit);
    const after = query.pageToken === undefined ? undefined : decodePageToken(KIND, query.pageToken, isTimeAndKey);
    const rows = this.listed.all({
      status: query.status ?? null,
      priority: query.priority ?? null,
      before_at: after?.[0] ?? null,
      before_id: after?.[1] ?? '',
      limit: limit + 1,
    });
    return keysetPage(rows, limit, KIND, (r) => [r.created_at, r.id], toJob);
  }
}
