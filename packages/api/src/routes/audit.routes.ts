import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { pageOut, unwrapPageToken } from '../http/page-token.js';
import { auditPage, auditQuery, showAuditEntry } from '../schemas/audit.schemas.js';

/** The audit trail, for admins: who searched, recognized, verified, read, exported or deleted whom. */
export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, { storage }) => {
  api.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first, by actor, person and time window',
        querystring: auditQuery,
        response: { 200: envelopeOf(auditPage) },
      },
    },
    async ({ query }) => {
      const { limit, page_token, ...filters } = query;
      const scope = `audit:${JSON.stringify(filters)}`;
      const page = await storage.metadata.audit.list({
        limit,
        pageToken: unwrapPageToken(scope, page_token),
        ...(filters.actor_id === undefined ? {} : { actorId: filters.actor_id }),
        ...(filters.person_id === undefined ? {} : { personId: filters.person_id }),
        ...(filters.from === undefined ? {} : { from: new Date(filters.from) }),
        ...(filters.to === undefined ? {} : { to: new Date(filters.to) }),
      });
      const { items, next_page_token } = pageOut(scope, page, showAuditEntry);
      return ok({ entries: items, next_page_token });
    },
  );
};
