// The audit trail: who looked up whom. One entry per call of a lookup, an export or an erasure, kept apart
// from images and vectors (the metadata store, in tables of its own), and never deleted with a person.

/** What was done. */
export const AUDIT_ACTIONS = [
  'search',
  'recognize',
  'verify',
  'person.read',
  'person.export',
  'person.delete',
  'face.delete',
  'face.read',
  'image.read',
  'cluster.read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did it: a user (by access token), an API key, or the platform itself (the retention sweeper). */
export interface AuditActor {
  kind: 'user' | 'key' | 'system';
  /** the user's or key's id; 'retention' for the sweeper */
  id: string;
  /** the username or key name at the time */
  name: string;
}

export interface AuditEntry {
  /** uuid v4, chosen before the write */
  id: string;
  at: Date;
  actor: AuditActor;
  action: AuditAction;
  /** the address the call came from, as the API saw it */
  clientAddress?: string;
  /** the persons the call was about or found */
  personIds: string[];
  /** the HTTP status of the answer */
  status: number;
  requestId?: string;
}
