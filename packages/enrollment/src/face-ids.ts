import { createHash } from 'node:crypto';

/** A uuid-shaped id made from a name: the same name, the same id (so a retried write makes the same record). */
export function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  // version 5 and variant bits, so it reads as a well-formed name-based uuid
  const version = `5${hex.slice(13, 16)}`;
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16) + hex.slice(18, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

/** The id of the index-th face an async job enrolls: the same job makes the same faces, however often it runs. */
export const jobFaceId = (jobId: string, index: number): string => uuidFrom(`enroll-job:${jobId}:face:${index}`);
