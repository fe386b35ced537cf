import type { Config } from '@freeface/config';
import type { Logger, Metrics } from '@freeface/observability';
import { extractorService, type RunningGrpcServer, startGrpcServer } from '@freeface/rpc';
import { extractorHandlers } from './extractor.grpc.js';
import { extractorMetrics } from './extractor.metrics.js';
import { type ExtractorVision, ModelPool } from './model-pool.js';

export interface ExtractorServerDeps {
  readonly config: Pick<Config, 'extractor' | 'images' | 'quality' | 'matching'>;
  /** the loaded models (openVision() of @freeface/vision) */
  readonly vision: ExtractorVision;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/**
 * The extractor's gRPC server on settings extractor.host:port, with the health service and reflection. The
 * runtime's extractor role serves it: alone (the extractor deployment) or beside the other roles (embedded).
 */
export function startExtractorServer({
  config,
  vision,
  logger,
  metrics,
}: ExtractorServerDeps): Promise<RunningGrpcServer> {
  const counters = extractorMetrics(metrics);
  const handlers = extractorHandlers({ pool: new ModelPool(vision), settings: config, metrics: counters, logger });
  return startGrpcServer([extractorService(handlers, { logger, onCall: counters.onCall })], {
    host: config.extractor.host,
    port: config.extractor.port,
    maxMessageBytes: config.extractor.maxMessageBytes,
    logger,
  });
}
