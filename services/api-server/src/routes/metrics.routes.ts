import type { Metrics } from '@freeface/observability';
import type { FastifyInstance } from 'fastify';

export async function metricsRoutes(api: FastifyInstance, { metrics }: { metrics: Metrics }): Promise<void> {
  api.get('/metrics/prometheus', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()));
}
