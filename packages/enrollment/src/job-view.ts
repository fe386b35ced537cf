import { type EnrollJob, errorCodeOf } from '@freeface/domain';

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

/** A job as the API shows it (GET /faces/enroll/status/{id}) and as its webhook carries it. */
export interface JobView {
  job_id: string;
  status: EnrollJob['status'];
  priority: EnrollJob['priority'];
  person_id: string | null;
  external_id: string | null;
  image_id: string;
  face_ids: string[];
  error: { code: string; message: string } | null;
  attempts: number;
  created_at: string;
  updated_at: string;
}

export const jobView = (job: EnrollJob): JobView => ({
  job_id: job.id,
  status: job.status,
  priority: job.priority,
  person_id: job.personId ?? null,
  external_id: job.externalId ?? null,
  image_id: job.imageId,
  face_ids: job.faceIds,
  error: errorOfJob(job),
  attempts: job.attempts,
  created_at: job.createdAt.toISOString(),
  updated_at: job.updatedAt.toISOString(),
});
