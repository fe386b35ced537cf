import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';

const status = z.object({ status: z.string() });
const readiness = z.object({ status: z.enum(['ready', 'not_ready']), checks: z.record(z.string(), z.string()) });

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, { storage, events, models }) => {
  const publicRoute = { config: { access: 'public' as const, rateLimit: false as const } };
  api.get('/health', { ...publicRoute, schema: { tags: ['health'], response: { 200: status } } }, async () => ({
    status: 'healthy',
  }));
  api.get('/health/live', { ...publicRoute, schema: { tags: ['health'], response: { 200: status } } }, async () => ({
    status: 'alive',
  }));
  api.get(
    '/health/ready',
    { ...publicRoute, schema: { tags: ['health'], response: { 200: readiness, 503: readiness } } },
    async (_request, reply) => {
      const [stores, bus] = await Promise.all([
        storage.check(),
        events.bus.ping().then(
          () => 'ok',
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        ),
      ]);
      const checks = { ...stores, events: bus };
      const ready = Object.values(checks).every((c) => c === 'ok');
      // the old embedder answers while the configured one's index fills: ready, and saying how many faces it lacks
      const pending = ready ? await models.pending() : undefined;
      const modelsCheck = pending
        ? `${pending.model} lacks ${pending.missing} of ${pending.activeFaces} faces; ${models.active.id} answers until a re-embedding completes`
        : 'ok';
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'not_ready', checks: { ...checks, models: modelsCheck } });
    },
  );
};
