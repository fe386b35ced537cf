import { createLogger } from '@freeface/observability';
import { requireBackend } from '@freeface/testing';
import { Kafka, logLevel } from 'kafkajs';
import { describe } from 'vitest';
import { eventBusContract } from '../testing/contract/event-bus.contract.js';
import { KafkaEventBus } from './kafka.event-bus.js';

const { up, config } = await requireBackend('kafka');
const logger = createLogger({ name: 'events-test', level: 'silent' });

describe.skipIf(!up)('KafkaEventBus', () => {
  eventBusContract('kafka', {
    open: async () =>
      new KafkaEventBus({
        brokers: config.kafka.brokers,
        clientId: 'freeface-contract',
        replicationFactor: config.kafka.replicationFactor,
        logger,
        redelivery: { firstMs: 50, mostMs: 300 },
        sessionTimeoutMs: 10_000,
        publishTimeoutMs: 5000,
      }),
    patienceMs: 20_000,
    cleanUp: async (topics, groups) => {
      const admin = new Kafka({ brokers: config.kafka.brokers, logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      try {
        await admin.deleteGroups(groups).catch(() => {});
        const existing = new Set(await admin.listTopics());
        const ours = topics.filter((t) => existing.has(t));
        if (ours.length > 0) await admin.deleteTopics({ topics: ours });
      } finally {
        await admin.disconnect();
      }
    },
  });
});
