import { z } from 'zod';

// Face events: what happened to a face, on one topic keyed by face id (so the events of one face stay in
// order), a union on `type`. Consumers (face-cluster) skip types they do not know. Versioning as in
// enroll.messages.ts: fields are only added, optional; anything else is a new version.

const occurredAt = z.string().describe('ISO 8601');

/**
 * Version 1 of face.enrolled, no longer published: it carried the embedding, which an erasure cannot take
 * back out of an append-only log. Read beside version 2 while a log may still hold it; its embedding is
 * ignored (consumers read the vector from the vector store, where an erasure removes it).
 */
export const faceEnrolledV1 = z.object({
  type: z.literal('face.enrolled'),
  version: z.literal(1),
  faceId: z.string().min(1),
  personId: z.string().nullable(),
  imageId: z.string(),
  /** embedding model id: vectors of different models do not compare */
  model: z.string(),
  embedding: z.array(z.number()),
  quality: z.number(),
  detectionScore: z.number(),
  /** the face box in image pixels (x, y: top left), as REST and gRPC call it; optional: added after version 1 began */
  bbox: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
  /** the enroll_async job that made it; null for a synchronous enrollment */
  jobId: z.string().nullable(),
  occurredAt,
});

/**
 * A face was stored (metadata and vector), by enroll or enroll_async. personId null: the face belongs to no
 * person yet (face-cluster groups these). Ids only, no embedding and no image: the log keeps no biometric
 * data, so a person's erasure leaves none of theirs in it; a consumer reads the vector from the vector store
 * (gone once erased, so a replay brings nothing back).
 */
export const faceEnrolledV2 = faceEnrolledV1.omit({ embedding: true }).extend({ version: z.literal(2) });

/** A face was removed (alone, or with its person). */
export const faceDeletedV1 = z.object({
  type: z.literal('face.deleted'),
  version: z.literal(1),
  faceId: z.string().min(1),
  /** the person it belonged to, null when none */
  personId: z.string().nullable(),
  model: z.string(),
  occurredAt,
});

/** A face moved to another person, or to none (personId null). */
export const faceAssignedV1 = z.object({
  type: z.literal('face.assigned'),
  version: z.literal(1),
  faceId: z.string().min(1),
  model: z.string(),
  personId: z.string().nullable(),
  previousPersonId: z.string().nullable(),
  /** cluster: face-cluster made or found the person; manual: a user moved it; merge: two persons became one */
  reason: z.enum(['cluster', 'manual', 'merge']),
  occurredAt,
});

export const faceEvent = z.union([
  z.discriminatedUnion('version', [faceEnrolledV1, faceEnrolledV2]),
  z.discriminatedUnion('version', [faceDeletedV1]),
  z.discriminatedUnion('version', [faceAssignedV1]),
]);
export type FaceEvent = z.infer<typeof faceEvent>;
export type FaceEnrolledEvent = z.infer<typeof faceEnrolledV2>;
export type FaceDeletedEvent = z.infer<typeof faceDeletedV1>;
export type FaceAssignedEvent = z.infer<typeof faceAssignedV1>;
