import { AUDIT_ACTIONS, type AuditEntry } from '@freeface/domain';
import { z } from 'zod';
import { id, nextPageToken, pageQuery, toIso } from './common.schemas.js';

export const auditQuery = z.object({
  ...pageQuery,
  actor_id: id('user or API key').optional().describe('entries of this user or API key only'),
  person_id: id('person').optional().describe('entries about this person only'),
  from: z.iso.datetime({ offset: true }).optional().describe('from this time on (inclusive), ISO 8601'),
  to: z.iso.datetime({ offset: true }).optional().describe('before this time (exclusive), ISO 8601'),
});

export const auditEntry = z.object({
  audit_id: z.string(),
  at: z.iso.datetime(),
  actor: z
    .object({
      kind: z.enum(['user', 'key', 'system']),
      id: z.string().describe('the user id, the API key id, or "retention" for the retention sweeper'),
      name: z.string().describe('the username or API key name at the time'),
    })
    .describe('who made the call'),
  action: z.enum(AUDIT_ACTIONS),
  client_address: z.string().nullable().describe('the address the call came from'),
  person_ids: z.array(z.string()).describe('the persons the call was about or found'),
  status: z.number().int().describe('the HTTP status of the answer'),
  request_id: z.string().nullable(),
});

export const auditPage = z.object({ entries: z.array(auditEntry), next_page_token: nextPageToken });

export const showAuditEntry = (e: AuditEntry): z.infer<typeof auditEntry> => ({
  audit_id: e.id,
  at: toIso(e.at),
  actor: e.actor,
  action: e.action,
  client_address: e.clientAddress ?? null,
  person_ids: e.personIds,
  status: e.status,
  request_id: e.requestId ?? null,
});
