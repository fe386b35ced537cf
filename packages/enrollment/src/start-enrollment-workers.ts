import type { Config } from '@freeface/config';
import type { OpenedEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import { type AsyncEnrollment, startAsyncEnrollment } from './async-enrollment.js';
import type { Extract } from './enroll.service.js';
import { createEnrollmentServices } from './enrollment-services.js';
import type { EmbedderInfo } from './vector-indexes.js';
import type { BatchExtraction } from './worker/batch-extraction.js';
import { LocalBatchExtraction } from './worker/local-extraction.js';

export interface EnrollmentWorkersDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly storage: Storage;
  readonly events: OpenedEventBus;
  /** the default embedder: its vectors' index */
  readonly embedder: EmbedderInfo;
  /** in-process analysis (embedded): the workers extract with it, unless `extraction` says otherwise */
  readonly extract?: Extract | undefined;
  /** the extractor over gRPC (cluster) */
  readonly extraction?: BatchExtraction | undefined;
}

/**
 * The async enrollment workers and webhooks on the process's storage and event bus: with the extractor over
 * gRPC (the cluster profile's enroll-worker role) or the analyzer in process (embedded, and tests).
 */
export function startEnrollmentWorkers({
  config,
  logger,
  metrics,
  storage,
  events,
  embedder,
  extract,
  extraction,
}: EnrollmentWorkersDeps): Promise<AsyncEnrollment> {
  const batches = extraction ?? (extract ? new LocalBatchExtraction(extract) : undefined);
  if (!batches) throw new Error('the enrollment workers need an extraction: in process (extract) or over gRPC');
  const { bus, topics } = events;
  const services = createEnrollmentServices({
    config,
    logger,
    storage,
    bus,
    topics,
    embedder,
    ...(extract ? { extract } : {}),
  });
  return startAsyncEnrollment({ config, logger, metrics, storage, bus, topics, services, extraction: batches });
}
