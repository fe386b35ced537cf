import { traceHeaders } from '@freeface/observability';
import type { FastifyInstance } from 'fastify';

/**
 * Every answer carries `traceparent` (W3C trace context) while tracing records the request: the id to look
 * the request up by in Jaeger, and to quote in a bug report. Nothing when tracing is off or not sampled.
 */
export function registerTraceHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    const { traceparent } = traceHeaders();
    if (traceparent?.endsWith('-01')) reply.header('traceparent', traceparent);
  });
}
