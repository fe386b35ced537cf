import type { Config } from '@freeface/config';
import type { EventBus, Topics } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import type { EnrollmentServices } from './enrollment-services.js';
import { startWebhookDispatcher } from './webhooks/webhook-dispatcher.js';
import type { BatchExtraction } from './worker/batch-extraction.js';
import { type EnrollWorkers, startEnrollWorkers } from './worker/enroll-workers.js';

export interface AsyncEnrollmentDeps {
  readonly config: Pick<Config, 'enroll' | 'webhooks' | 'events' | 'kafka' | 'auth' | 'extractor' | 'retention'>;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly topics: Topics;
  readonly services: EnrollmentServices;
  readonly extraction: BatchExtraction;
}

export interface AsyncEnrollment {
  readonly workers: EnrollWorkers;
  /** graceful: the workers hand back what waits and finish what runs; then the webhooks stop */
  close(): Promise<void>;
}

/** Consumer groups, named with the topic prefix so that two platforms on one Kafka stay apart. */
export const consumerGroups = (config: Pick<Config, 'events'>) => ({
  workers: `${config.events.topicPrefix}async-enroll`,
  webhooks: `${config.events.topicPrefix}webhooks`,
});

/**
 * What the async-enroll service runs (and the embedded process beside its API): the enrollment workers on the
 * request topics and the webhook dispatcher on the results topic.
 */
export async function startAsyncEnrollment(deps: AsyncEnrollmentDeps): Promise<AsyncEnrollment> {
  const { config, logger, metrics, storage, bus, topics, services } = deps;
  const groups = consumerGroups(config);
  const workers = await startEnrollWorkers({
    settings: {
      workers: config.enroll.workers,
      batchSize: Math.min(config.enroll.batchSize, config.extractor.maxBatchImages),
      priorityWeights: config.enroll.priorityWeights,
      maxAttempts: config.enroll.maxAttempts,
      partitions: config.kafka.partitions,
      window: config.enroll.window,
      group: groups.workers,
      keepFailedImages: config.retention.failedJobImageDays > 0,
    },
    bus,
    topics,
    metadata: storage.metadata,
    images: services.images,
    enrollment: services.enrollment,
    locks: services.locks,
    extraction: deps.extraction,
    logger: logger.child({ component: 'enroll-workers' }),
    metrics,
  });
  let webhooks: Awaited<ReturnType<typeof startWebhookDispatcher>>;
  try {
    webhooks = await startWebhookDispatcher({
      settings: {
        ...config.webhooks,
        allowPrivate: config.auth.webhookAllowPrivate,
        group: groups.webhooks,
        partitions: config.kafka.partitions,
      },
      bus,
      topics,
      metadata: storage.metadata,
      cache: storage.cache,
      logger: logger.child({ component: 'webhooks' }),
      metrics,
    });
  } catch (error) {
    await workers.close();
    throw error;
  }
  return {
    workers,
    async close() {
      await workers.close();
      await webhooks.close();
    },
  };
}
