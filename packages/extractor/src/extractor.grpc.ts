import { InvalidArgumentError } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import { type BatchOutcome, type ExtractOptions, type ExtractorHandlers, reportOf } from '@freeface/rpc';
import { checkMinQuality, type PipelineSettings, runPipeline } from './extraction-pipeline.js';
import type { ExtractorMetrics } from './extractor.metrics.js';
import { toDetectResult, toExtractResult } from './face-results.js';
import { mapConcurrent } from './map-concurrent.js';
import type { ModelPool } from './model-pool.js';

/** Images of one batch in the pipeline at once: decoding, JavaScript and inference of different images overlap. */
export const BATCH_CONCURRENCY = 4;

export interface HandlerDeps {
  readonly pool: ModelPool;
  readonly settings: PipelineSettings & { readonly extractor: { readonly maxBatchImages: number } };
  readonly metrics: ExtractorMetrics;
  readonly logger: Logger;
}

/** The extractor's gRPC handlers: each picks the models, runs the FaceAnalyzer pipeline and shapes the result. */
export function extractorHandlers({ pool, settings, metrics, logger }: HandlerDeps): ExtractorHandlers {
  const run = async (image: Uint8Array, options: ExtractOptions, embed: boolean) => {
    const [detector, embedder] = await Promise.all([pool.detector(options.detector), pool.embedder(options.embedder)]);
    const minQuality = options.minQuality === undefined ? {} : { minQuality: options.minQuality };
    const result = await runPipeline(
      image,
      { detector, embedder, embed, limiter: pool.limiter, pipeline: pool.pipeline, ...minQuality },
      settings,
    );
    metrics.observe(result);
    return result;
  };

  const extract = async (image: Uint8Array, options: ExtractOptions) =>
    toExtractResult(await run(image, options, true), {
      dropBelowQuality: options.dropBelowQuality === true,
      alignedCrops: options.returnAlignedCrop === true,
    });

  return {
    detect: async (image, options) =>
      toDetectResult(await run(image, options, false), options.dropBelowQuality === true),

    extract,

    extractBatch: async (images, options, context) => {
      if (images.length > settings.extractor.maxBatchImages)
        throw new InvalidArgumentError(
          `a batch holds at most ${settings.extractor.maxBatchImages} images; got ${images.length}`,
        );
      metrics.batch(images.length);
      // options wrong for every image fail the call, not each image
      checkMinQuality(options.minQuality);
      await Promise.all([pool.detector(options.detector), pool.embedder(options.embedder)]);
      return mapConcurrent(images, BATCH_CONCURRENCY, async ({ id, image }): Promise<BatchOutcome> => {
        if (context.cancelled())
          return {
            id,
            ok: false,
            failure: { status: 'CANCELLED', code: 'CANCELLED', message: 'the call was cancelled' },
          };
        try {
          return { id, ok: true, result: await extract(image, options) };
        } catch (error) {
          const report = reportOf(error);
          metrics.errors.inc({ code: report.code });
          if (report.statusName === 'INTERNAL') logger.error({ err: error, imageId: id }, 'batch image failed');
          return { id, ok: false, failure: { status: report.statusName, code: report.code, message: report.message } };
        }
      });
    },

    listModels: async () => pool.list(),
  };
}
