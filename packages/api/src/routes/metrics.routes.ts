import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';

export const metricsRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, { metrics }) => {
  api.get(
    '/metrics/prometheus',
    { config: { access: 'viewer' }, schema: { tags: ['metrics'], description: 'Prometheus text exposition' } },
    async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()),
  );
  api.get(
    '/metrics',
    { config: { access: 'viewer' }, schema: { tags: ['metrics'], description: 'the same metrics as JSON' } },
    async () => metrics.registry.getMetricsAsJSON(),
  );
};
