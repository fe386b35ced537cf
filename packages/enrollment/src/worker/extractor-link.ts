import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '@freeface/config';
import type { Logger } from '@freeface/observability';
import { ExtractorClient } from '@freeface/rpc';
import type { EmbedderInfo } from '../vector-indexes.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { GrpcBatchExtraction } from './grpc-extraction.js';

export interface ExtractorLink {
  readonly client: ExtractorClient;
  readonly extraction: GrpcBatchExtraction;
  readonly breaker: CircuitBreaker;
}

/** The extractor over gRPC as the workers use it: the service token, batches, deadline, retries with backoff, circuit breaker. */
export function linkExtractor(config: Pick<Config, 'extractor' | 'enroll' | 'auth'>, logger: Logger): ExtractorLink {
  const client = ExtractorClient.fromConfig(config);
  const { enroll } = config;
  const breaker = new CircuitBreaker(`extractor at ${config.extractor.address}`, {
    failures: enroll.breakerFailures,
    resetMs: enroll.breakerResetMs,
  });
  const extraction = new GrpcBatchExtraction(client, {
    batchSize: Math.min(enroll.batchSize, config.extractor.maxBatchImages),
    retry: { retries: enroll.extractorRetries, firstMs: enroll.retryBaseMs, mostMs: enroll.retryMaxMs },
    breaker,
    logger: logger.child({ component: 'extractor-client' }),
  });
  return { client, extraction, breaker };
}

/**
 * The extractor's default embedder (its vectors' index), asked until the extractor answers or `signal`
 * aborts: the workers cannot store a face before they know it.
 */
export async function defaultEmbedder(
  client: ExtractorClient,
  logger: Logger,
  signal: AbortSignal,
): Promise<EmbedderInfo> {
  for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
    try {
      const models = await client.listModels();
      const embedder = models.find((m) => m.task === 'embed' && m.isDefault);
      if (!embedder) throw new Error('the extractor has no default embedder');
      return { id: embedder.id, dimension: embedder.dimension };
    } catch (error) {
      if (signal.aborted) throw error;
      logger.warn({ err: error }, 'waiting for the extractor');
      await sleep(wait, undefined, { signal }).catch(() => {});
    }
  }
}
