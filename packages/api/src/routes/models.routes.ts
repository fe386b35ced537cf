import type { ReindexProgress } from '@freeface/enrollment';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { modelsView, reindexBody, reindexProgress } from '../schemas/models.schemas.js';
import type { ModelSwitch } from '../services/model-switch.js';

const progressView = (p: ReindexProgress): z.infer<typeof reindexProgress> => ({
  from_model: p.from.id,
  to_model: p.to.id,
  status: p.status,
  total: p.total,
  done: p.done,
  skipped: p.skipped,
  started_at: p.startedAt,
  finished_at: p.finishedAt ?? null,
  error: p.error ?? null,
});

async function viewOf({
  models,
  analyzer,
  registry,
}: { models: ModelSwitch } & Pick<AppDeps, 'analyzer' | 'registry'>) {
  const licence = (id: string) => registry.entry(id).licence;
  const [indexes, pending] = await Promise.all([models.indexes(), models.pending()]);
  const progress = models.progress();
  return {
    detector: { id: analyzer.detector.id, licence: licence(analyzer.detector.id) },
    embedder: {
      id: analyzer.embedder.id,
      licence: licence(analyzer.embedder.id),
      dimension: analyzer.embedder.dimension,
      match_threshold: analyzer.matchThreshold,
    },
    configured_embedder: models.configured.id,
    pending: pending ? { model: pending.model, missing_faces: pending.missing } : null,
    indexes,
    reindex: progress ? progressView(progress) : null,
  };
}

/** Which models answer, and re-embedding the stored faces into another embedder. */
export const modelsRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, deps) => {
  const { models } = deps;
  api.get(
    '/models',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['models'],
        summary: "The active detector and embedder, their thresholds and licences, and each model's face count",
        response: { 200: envelopeOf(modelsView) },
      },
    },
    async () => ok(await viewOf({ ...deps, models })),
  );
  api.post(
    '/admin/reindex',
    {
      config: { access: 'admin', conflict: true },
      schema: {
        tags: ['models'],
        summary:
          'Start re-embedding every stored face into another embedder, in the background (202; 409 while one runs or for the active embedder)',
        body: reindexBody,
        response: { 202: envelopeOf(reindexProgress) },
      },
    },
    async (request, reply) => {
      const progress = await models.start(request.body.embedder);
      return reply
        .status(202)
        .header('location', `${request.url.replace(/\?.*$/, '')}`)
        .send(ok(progressView(progress), 're-embedding started: the old model answers until it completes'));
    },
  );
  api.get(
    '/admin/reindex',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['models'],
        summary: 'The progress of the running or last re-embedding (data null when none ran)',
        response: { 200: envelopeOf(reindexProgress.nullable()) },
      },
    },
    async () => {
      const progress = models.progress();
      return ok(progress ? progressView(progress) : null);
    },
  );
};
