import { z } from 'zod';

// Enrollment messages. Versioning: each message carries `version`; fields are only ever added (optional, so
// older readers ignore them). A change that cannot be made that way is a new version, a new member of the
// union, read beside the old one until every producer has moved.

export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export const priority = z.enum(PRIORITIES);

/**
 * "Enroll the image of this job": published on the topic of the job's priority, keyed by job id. The job
 * record (metadata store) is the source of truth for its options; the image is already in the object store.
 */
export const enrollRequestV1 = z.object({
  kind: z.literal('enroll.request'),
  version: z.literal(1),
  jobId: z.string().min(1),
  priority,
  /** sha256 of the image, its object key in the object store */
  imageId: z.string().min(1),
  /** ISO 8601 */
  submittedAt: z.string(),
});
export const enrollRequest = z.discriminatedUnion('version', [enrollRequestV1]);
export type EnrollRequestMessage = z.infer<typeof enrollRequest>;

/** How a job ended: published on the results topic once the job record says so, keyed by job id. */
export const enrollResultV1 = z.object({
  kind: z.literal('enroll.result'),
  version: z.literal(1),
  jobId: z.string().min(1),
  status: z.enum(['completed', 'failed']),
  personId: z.string().nullable(),
  externalId: z.string().nullable(),
  imageId: z.string(),
  faceIds: z.array(z.string()),
  /** why it failed: a stable code (e.g. NO_FACE) and a message a person can act on */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  attempts: z.number().int().nonnegative(),
  /** ISO 8601 */
  finishedAt: z.string(),
});
/**
 * Version 2 leaves out the external id: the log keeps its messages until its retention, also those of a person
 * erased since, and an external id names someone. Readers that want it read the job record (gone with the
 * person), as the webhook dispatcher does.
 */
export const enrollResultV2 = enrollResultV1.omit({ externalId: true }).extend({ version: z.literal(2) });
export const enrollResult = z.discriminatedUnion('version', [enrollResultV1, enrollResultV2]);
export type EnrollResultMessage = z.infer<typeof enrollResult>;

/**
 * A message no consumer could handle, kept with why: the original topic, key and payload (as JSON, or the
 * raw text when it was not JSON), and the reason ("CODE: message").
 */
export const deadLetterV1 = z.object({
  kind: z.literal('dead-letter'),
  version: z.literal(1),
  topic: z.string(),
  key: z.string().nullable(),
  payload: z.unknown(),
  reason: z.string().min(1),
  attempts: z.number().int().nonnegative(),
  /** ISO 8601 */
  failedAt: z.string(),
});
export const deadLetter = z.discriminatedUnion('version', [deadLetterV1]);
export type DeadLetterMessage = z.infer<typeof deadLetter>;
