import type { EnrollJob, GeoPoint } from '@freeface/domain';
import type { EnrollOptions } from './enroll.service.js';

// A job keeps its request's options as JSON (the options column of enroll_jobs), and the API key whose
// webhook secret signs its webhook.

interface StoredOptions {
  multiFace: boolean;
  minQuality?: number;
  seenAt?: string;
  location?: GeoPoint;
  sourceId?: string;
  /** the API key the job was made with: its webhook secret signs the job's webhook */
  webhookKeyId?: string;
}

export function storedOptions(
  { multiFace, minQuality, context }: EnrollOptions,
  webhookKeyId?: string,
): Record<string, unknown> {
  const stored: StoredOptions = {
    multiFace,
    ...(minQuality !== undefined ? { minQuality } : {}),
    ...(context.seenAt ? { seenAt: context.seenAt.toISOString() } : {}),
    ...(context.location ? { location: context.location } : {}),
    ...(context.sourceId !== undefined ? { sourceId: context.sourceId } : {}),
    ...(webhookKeyId !== undefined ? { webhookKeyId } : {}),
  };
  return stored as unknown as Record<string, unknown>;
}

export function optionsOfJob(job: EnrollJob): EnrollOptions {
  const s = job.options as unknown as StoredOptions;
  return {
    multiFace: s.multiFace === true,
    minQuality: s.minQuality,
    context: {
      seenAt: s.seenAt ? new Date(s.seenAt) : undefined,
      location: s.location,
      sourceId: s.sourceId,
    },
  };
}

export const webhookKeyOf = (job: EnrollJob): string | undefined =>
  (job.options as unknown as StoredOptions).webhookKeyId;
