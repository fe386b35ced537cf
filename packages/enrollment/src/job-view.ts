import { type EnrollJob, errorCodeOf, type WebhookDelivery } from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';

/** How a failed job tells why: "CODE: message" for the errors raised on purpose. */
export const failureReason = (error: unknown): string => {
  const code = errorCodeOf(error);
  return code
    ? `${code}: ${(error as Error).message}`
    : 'INTERNAL: the enrollment failed; the server log has the details';
};

const REASON = /^([A-Z][A-Z_]*): ([\s\S]*)$/;

/** The reason of a failed job as code and message. */
export const errorOfJob = (job: EnrollJob): { code: string; message: string } | null => {
  if (job.error === undefined) return null;
  const reason = REASON.exec(job.error);
  return { code: reason?.[1] ?? 'INTERNAL', message: reason?.[2] ?? job.error };
};

/** Where one of a job's faces is now. */
export interface JobFaceView {
  face_id: string;
  /** null: in no person yet (face-cluster has not put it in one) */
  person_id: string | null;
}

export interface WebhookView {
  state: WebhookDelivery['state'] | 'pending';
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
}

/** A job as the API shows it (GET /faces/enroll/status/{job_id}) and as its webhook carries it. */
export interface JobView {
  job_id: string;
  status: EnrollJob['status'];
  priority: EnrollJob['priority'];
  person_id: string | null;
  external_id: string | null;
  image_id: string;
  face_ids: string[];
  faces: JobFaceView[];
  error: { code: string; message: string } | null;
  attempts: number;
  webhook: WebhookView | null;
  created_at: string;
  updated_at: string;
}

const webhookView = (job: EnrollJob): WebhookView | null => {
  if (job.webhookUrl === undefined) return null;
  const delivery = job.webhook;
  return {
    state: delivery?.state ?? 'pending',
    attempts: delivery?.attempts ?? 0,
    last_status_code: delivery?.lastStatusCode ?? null,
    last_error: delivery?.lastError ?? null,
    last_attempt_at: delivery?.lastAttemptAt?.toISOString() ?? null,
  };
};

/**
 * The job as it is stored. `faces` says where each face of the job is now; without it, each is taken to be
 * with the job's person (as the job left it), which describeJob() corrects from the face records.
 */
export const jobView = (job: EnrollJob, faces?: JobFaceView[]): JobView => ({
  job_id: job.id,
  status: job.status,
  priority: job.priority,
  person_id: job.personId ?? onePersonOf(faces),
  external_id: job.externalId ?? null,
  image_id: job.imageId,
  face_ids: job.faceIds,
  faces: faces ?? job.faceIds.map((id) => ({ face_id: id, person_id: job.personId ?? null })),
  error: errorOfJob(job),
  attempts: job.attempts,
  webhook: webhookView(job),
  created_at: job.createdAt.toISOString(),
  updated_at: job.updatedAt.toISOString(),
});

/** the person every face is with, when there are faces and they are all with one */
const onePersonOf = (faces: JobFaceView[] | undefined): string | null => {
  const persons = new Set(faces?.map((f) => f.person_id));
  const [only] = persons;
  return persons.size === 1 && only ? only : null;
};

/**
 * The job with each of its faces where it is now, read from the face records (which face-cluster and the
 * moves and merges keep up to date): a face enrolled under no person shows the person clustering later put
 * it in. A face deleted since is left out of `faces` (its id stays in `face_ids`).
 */
export async function describeJob(metadata: MetadataStore, job: EnrollJob): Promise<JobView> {
  const faces = await Promise.all(job.faceIds.map((id) => metadata.faces.get(id)));
  return jobView(
    job,
    faces.flatMap((face) => (face ? [{ face_id: face.id, person_id: face.personId ?? null }] : [])),
  );
}
