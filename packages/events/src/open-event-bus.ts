import { join } from 'node:path';
import type { Config } from '@freeface/config';
import type { Logger } from '@freeface/observability';
import type { EventBus } from './event-bus.port.js';
import { KafkaEventBus } from './kafka/kafka.event-bus.js';
import { LocalEventBus } from './local/local.event-bus.js';
import { allTopics, type Topics, topicsOf } from './topics.js';

export interface OpenedEventBus {
  readonly bus: EventBus;
  readonly topics: Topics;
}

/**
 * The event bus of the profile, with every platform topic created (partitions: settings kafka.partitions).
 * embedded: the durable in-process queue in <dataDir>/events.db. cluster: Kafka at kafka.brokers.
 */
export async function openEventBus(
  config: Pick<Config, 'runtime' | 'kafka' | 'events' | 'enroll' | 'telemetry'>,
  logger: Logger,
): Promise<OpenedEventBus> {
  const log = logger.child({ component: 'events' });
  const redelivery = { firstMs: config.enroll.retryBaseMs, mostMs: config.enroll.retryMaxMs };
  const bus: EventBus =
    config.runtime.profile === 'embedded'
      ? new LocalEventBus({
          file: join(config.runtime.dataDir, 'events.db'),
          logger: log,
          retentionMs: config.events.retentionHours * 3_600_000,
          redelivery,
        })
      : new KafkaEventBus({
          brokers: config.kafka.brokers,
          clientId: config.kafka.clientId,
          replicationFactor: config.kafka.replicationFactor,
          logger: log,
          redelivery,
          sessionTimeoutMs: config.kafka.sessionTimeoutMs,
          // a batch is sent in the trace of one of its publishes: each publish its own request while traced
          batchPublishes: config.telemetry.otlpEndpoint === undefined,
        });
  const topics = topicsOf(config.events.topicPrefix);
  try {
    await bus.createTopics(allTopics(topics).map((t) => ({ name: t.name, partitions: config.kafka.partitions })));
  } catch (error) {
    await bus.close();
    throw error;
  }
  return { bus, topics };
}
