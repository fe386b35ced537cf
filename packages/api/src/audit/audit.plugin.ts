// Records the audited calls (audited-routes.ts) in the audit trail: who (the user or API key of the
// request), what, when, from where, about whom, with the answer's status. The entry is written before the
// answer leaves, so no lookup is answered unrecorded: when the trail cannot be written the call fails.
import { randomUUID } from 'node:crypto';
import type { AuditAction } from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { auditedAction, personsOfCall, personsOfPath } from './audited-routes.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** set for audited routes (from audited-routes.ts) */
    audit?: AuditAction;
  }
}

const parseJson = (payload: unknown): unknown => {
  if (typeof payload !== 'string' || payload.length > 4 * 1024 * 1024) return undefined;
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
};

export interface AuditOptions {
  metadata: MetadataStore;
  /** the persons a recognition evidence photo was kept for (EvidenceService.marker) */
  evidenceOf(imageId: string): Promise<string[]>;
}

async function auditPlugin(app: FastifyInstance, { metadata, evidenceOf }: AuditOptions): Promise<void> {
  app.addHook('onRoute', (route: RouteOptions) => {
    const action = auditedAction(route.method, route.url);
    if (action) route.config = { ...route.config, audit: action };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const action = request.routeOptions.config?.audit;
    const principal = request.principal;
    // a call refused at the gate (no credentials, a role too low) looked nothing up
    if (!action || !principal || reply.statusCode === 401 || reply.statusCode === 403) return payload;
    await metadata.audit.add({
      id: randomUUID(),
      at: new Date(),
      actor: { kind: principal.kind, id: principal.id, name: principal.name },
      action,
      clientAddress: request.ip,
      personIds: [
        ...new Set([
          ...personsOfCall(request.routeOptions.url ?? '', request.params, request.body, parseJson(payload)),
          // a refused or failed call's path may hold anything (it was not validated): look nothing up for it
          ...(reply.statusCode < 400 ? await personsOfPath(request.params, { faces: metadata.faces, evidenceOf }) : []),
        ]),
      ],
      status: reply.statusCode,
      requestId: request.id,
    });
    return payload;
  });
}

export const auditTrail = fp(auditPlugin, { name: 'freeface-audit' });
