import { type Config, MODEL_PRESETS } from '@freeface/config';
import type { Logger } from '@freeface/observability';
import type { EmbedBatching } from './embed/batching.embedder.js';
import { embedBatching } from './embed/create-embedder.js';
import { createFaceAnalyzer, type FaceAnalyzer } from './face-analyzer.js';
import { ModelRegistry } from './models/model-registry.js';
import { OnnxSessions } from './onnx/onnx-sessions.js';
import { ImagePool, imageWorkerThreads } from './pool/image-pool.js';

export interface Vision {
  readonly analyzer: FaceAnalyzer;
  readonly registry: ModelRegistry;
  readonly sessions: OnnxSessions;
  /** the worker threads analyze() runs on (settings images.workerThreads; none: this thread) */
  readonly pool: ImagePool | undefined;
  /** the settings' micro-batching, for embedders made later (createEmbedder(id, vision)) */
  readonly batching: EmbedBatching;
  /** why this detector + embedder pair runs, for the start banner */
  readonly choice: string;
  close(): Promise<void>;
}

type VisionConfig = Pick<Config, 'models' | 'images' | 'quality' | 'matching'> & {
  readonly runtime: Pick<Config['runtime'], 'logLevel'>;
};

/**
 * The models the settings choose. When no setting chose them (models.fallbackPreset) and the default preset's
 * are not prepared (no pip at install), the fallback preset's, which come from npm packages.
 */
export function chooseModels(
  config: Pick<Config, 'models'>,
  registry: ModelRegistry,
): { models: Config['models']; choice: string } {
  const { models } = config;
  const named = `preset ${models.preset}`;
  if (!models.fallbackPreset) return { models, choice: `${named}, as the settings choose` };
  // the default preset's own models (idempotent: a config that fell back already is checked the same way)
  const wanted = MODEL_PRESETS[models.preset];
  const missing = [wanted.detector, wanted.embedder].filter((id) => !registry.locate(id).present);
  if (missing.length === 0) return { models, choice: `${named}, the default` };
  const fallback = MODEL_PRESETS[models.fallbackPreset];
  return {
    models: { ...models, detector: fallback.detector, embedder: fallback.embedder },
    choice: `preset ${models.fallbackPreset}: the default ${models.preset}'s ${missing.join(' and ')} not prepared (needs python3 with pip: npx freeface models prepare)`,
  };
}

/**
 * The models the settings choose, loaded once: what a service that sees faces needs. With worker threads
 * (images.workerThreads), each loads the same models and analyze() runs there; this thread keeps its own
 * sessions for the callers of detector and embedder (the extractor role, a re-embedding's model checks).
 */
export async function openVision(config: VisionConfig, logger: Logger): Promise<Vision> {
  const registry = ModelRegistry.load(config.models.dir);
  const { models, choice } = chooseModels(config, registry);
  const preset = MODEL_PRESETS[models.preset];
  if (models.fallbackPreset && (models.detector !== preset.detector || models.embedder !== preset.embedder))
    logger.warn({ detector: models.detector, embedder: models.embedder }, choice);
  const chosen = { models, images: config.images, quality: config.quality, matching: config.matching };
  const sessions = new OnnxSessions(config.models, logger);
  const threads = imageWorkerThreads(config.images);
  const pool =
    threads > 0
      ? new ImagePool(chosen, {
          size: threads,
          logLevel: config.runtime.logLevel,
          onCrash: (reason) => logger.error({ reason }, 'an image worker thread stopped; it has been replaced'),
        })
      : undefined;
  try {
    // the workers load their models while this thread loads its own
    const [analyzer] = await Promise.all([
      createFaceAnalyzer(chosen, { registry, sessions }, pool ? { pool } : {}),
      pool?.ready,
    ]);
    const close = async () => {
      await pool?.close();
      await sessions.close();
    };
    return { analyzer, registry, sessions, pool, batching: embedBatching(config.models), choice, close };
  } catch (error) {
    await pool?.close();
    await sessions.close();
    throw error;
  }
}
