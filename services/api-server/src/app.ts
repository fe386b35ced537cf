import type { Config } from '@freeface/config';
import type { Logger, Metrics } from '@freeface/observability';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { healthRoutes } from './routes/health.routes.js';
import { metricsRoutes } from './routes/metrics.routes.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  metrics: Metrics;
}

/** The REST API: everything under /api/v1. main.ts wires the dependencies; tests call this with their own. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.api.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
  });
  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(metricsRoutes, { metrics: deps.metrics });
    },
    { prefix: '/api/v1' },
  );
  return app;
}
