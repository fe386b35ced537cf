import { type Config, grpcListenHost } from '@freeface/config';
import type { Logger, Metrics } from '@freeface/observability';
import { extractorService, type GrpcAuth, type RunningGrpcServer, startGrpcServer } from '@freeface/rpc';
import { extractorHandlers } from './extractor.grpc.js';
import { extractorMetrics } from './extractor.metrics.js';
import { type ExtractorVision, ModelPool } from './model-pool.js';

export interface ExtractorServerDeps {
  readonly config: Pick<Config, 'extractor' | 'images' | 'quality' | 'matching' | 'runtime'>;
  /** the loaded models (openVision() of @freeface/vision) */
  readonly vision: ExtractorVision;
  /** who may call it: the service token, API keys by role */
  readonly auth: GrpcAuth;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/**
 * The extractor's gRPC server on settings extractor.host:port (unset host: loopback in the embedded profile),
 * with the health service and reflection open and every extractor method behind `auth`. The
 * runtime's extractor role serves it: alone (the extractor deployment) or beside the other roles (embedded).
 */
export function startExtractorServer({
  config,
  vision,
  auth,
  logger,
  metrics,
}: ExtractorServerDeps): Promise<RunningGrpcServer> {
  const counters = extractorMetrics(metrics);
  const handlers = extractorHandlers({ pool: new ModelPool(vision), settings: config, metrics: counters, logger });
  return startGrpcServer([extractorService(handlers, { logger, onCall: counters.onCall })], {
    host: grpcListenHost(config, config.extractor.host),
    port: config.extractor.port,
    maxMessageBytes: config.extractor.maxMessageBytes,
    auth,
    logger,
  });
}
