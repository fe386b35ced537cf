import { JOB_PRIORITIES, JOB_STATUSES } from '@freeface/domain';
import { z } from 'zod';
import { nextPageToken, pageQuery } from './common.schemas.js';

// Async enrollment jobs as the API shows them: one job (GET /faces/enroll/status/{job_id}), the lists of
// them by status and priority, the dead letters an operator sends again.

const EXAMPLE_JOB = {
  job_id: '6f1c2a0e-0d3c-4b5e-9a51-2f6f3b1e8c10',
  status: 'completed',
  priority: 'normal',
  person_id: '0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01',
  external_id: null,
  image_id: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  face_ids: ['1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f'],
  faces: [{ face_id: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f', person_id: '0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01' }],
  error: null,
  attempts: 1,
  webhook: {
    state: 'given_up',
    attempts: 4,
    last_status_code: 503,
    last_error: 'the receiver answered 503',
    last_attempt_at: '2026-11-25T10:00:09.000Z',
  },
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:02.000Z',
};

export const jobStatus = z
  .enum(JOB_STATUSES)
  .describe(
    'queued, processing, completed, failed (for good: the image cannot succeed), or dead_lettered (failed after ' +
      'every attempt with an error a retry may cure: POST /faces/enroll/jobs/{job_id}/retry sends it again)',
  );
export const jobPriority = z.enum(JOB_PRIORITIES);

export const jobFace = z.object({
  face_id: z.string(),
  person_id: z
    .string()
    .nullable()
    .describe('the person the face is with now (also when face-cluster put it in one later); null: none yet'),
});

export const webhookDelivery = z
  .object({
    state: z
      .enum(['pending', 'retrying', 'delivered', 'given_up', 'rejected', 'not_sent'])
      .describe(
        'pending: not tried yet; retrying: failed so far, more tries to come; delivered: a 2xx; given_up: failed after ' +
          'every retry (settings webhooks.retries); rejected: the receiver answered another 4xx; not_sent: its URL ' +
          'or the API key of the job was refused',
      ),
    attempts: z.number().int().describe('POSTs made so far'),
    last_status_code: z
      .number()
      .int()
      .nullable()
      .describe('HTTP status of the last answer; null: none (network error)'),
    last_error: z.string().nullable().describe('why the last attempt failed; null when it did not'),
    last_attempt_at: z.string().nullable(),
  })
  .describe('how the webhook of the job went; null for a job without webhook_url');

export const enrollJob = z
  .object({
    job_id: z.string(),
    status: jobStatus,
    priority: jobPriority,
    person_id: z
      .string()
      .nullable()
      .describe(
        'the person the job enrolled into (known once it completes when it was sent with external_id); for a job ' +
          'that named none, the person its faces ended in once face-cluster put them all in one',
      ),
    external_id: z.string().nullable(),
    image_id: z.string(),
    face_ids: z.array(z.string()).describe('the enrolled faces, once completed'),
    faces: z.array(jobFace).describe('each face of the job still enrolled, with the person it is with now'),
    error: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .describe('why the job failed or was dead-lettered (codes as in error answers, e.g. NO_FACE)'),
    attempts: z.number().int(),
    webhook: webhookDelivery.nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ example: EXAMPLE_JOB });

export const jobListQuery = z.object({
  status: jobStatus.optional().describe('only jobs in this state (dead_lettered: the dead letters)'),
  priority: jobPriority.optional().describe('only jobs of this priority'),
  ...pageQuery,
});

export const jobPage = z
  .object({ jobs: z.array(enrollJob).describe('newest first'), next_page_token: nextPageToken })
  .meta({ example: { jobs: [EXAMPLE_JOB], next_page_token: null } });
