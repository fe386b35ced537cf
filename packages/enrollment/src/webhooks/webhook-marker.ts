// The cache key saying a job's webhook went out: read by the dispatcher, removed by a person's erasure.
import type { EnrollJob } from '@freeface/domain';

/** The marker of a job's webhook sent for this state of the job (its updatedAt). */
export const webhookSentMarker = (job: Pick<EnrollJob, 'id' | 'updatedAt'>): string =>
  `webhook-sent:${job.id}:${job.updatedAt.getTime()}`;
