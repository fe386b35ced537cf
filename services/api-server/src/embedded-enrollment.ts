import {
  type AsyncEnrollment,
  createEnrollmentServices,
  LocalBatchExtraction,
  startAsyncEnrollment,
} from '@freeface/enrollment';
import type { AppDeps } from './app-deps.js';
import { analyzeField } from './services/face-analysis.js';

/**
 * The async-enroll workers and webhooks inside this process, on the process's event bus and analyzer: what
 * the embedded profile runs instead of the async-enroll service (same code, the in-process extraction).
 */
export function startEmbeddedEnrollment({
  config,
  logger,
  metrics,
  storage,
  analyzer,
  events,
}: AppDeps): Promise<AsyncEnrollment> {
  const extract = (bytes: Uint8Array, options: { minQuality?: number | undefined }) =>
    analyzeField(analyzer, 'image_data', bytes, options);
  const services = createEnrollmentServices({
    config,
    logger,
    storage,
    bus: events.bus,
    topics: events.topics,
    embedder: analyzer.embedder,
    extract,
  });
  return startAsyncEnrollment({
    config,
    logger,
    metrics,
    storage,
    bus: events.bus,
    topics: events.topics,
    services,
    extraction: new LocalBatchExtraction(extract),
  });
}
