import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';

/** prom-client's metrics as JSON: one entry per family */
const metricsJson = z
  .array(
    z.object({
      name: z.string(),
      help: z.string(),
      type: z.string(),
      aggregator: z.string(),
      values: z.array(z.unknown()),
    }),
  )
  .describe("prom-client's metrics as JSON");

export const metricsRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, { metrics }) => {
  api.get(
    '/metrics/prometheus',
    {
      config: { access: 'viewer', textAnswer: 'text/plain' },
      schema: {
        tags: ['metrics'],
        description: 'Prometheus text exposition',
        // the answer is text, sent as it is (never serialised), and documented as text/plain (http/text-answers.ts)
        response: { 200: z.string().describe('the Prometheus text exposition format (text/plain; version=0.0.4)') },
      },
    },
    async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()),
  );
  api.get(
    '/metrics',
    {
      config: { access: 'viewer' },
      schema: { tags: ['metrics'], description: 'the same metrics as JSON', response: { 200: metricsJson } },
    },
    async () => (await metrics.json()).map((m) => ({ ...m, type: String(m.type) })),
  );
};
