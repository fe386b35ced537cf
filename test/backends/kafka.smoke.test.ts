import { randomUUID } from 'node:crypto';
import { requireBackend } from '@freeface/testing';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { describe, expect, it } from 'vitest';

const { up, config } = await requireBackend('kafka');

/** Rejects if `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe.skipIf(!up)('kafka smoke', () => {
  it('creates a topic, round-trips a keyed message through a consumer group, deletes the topic', async () => {
    const suffix = randomUUID().slice(0, 8);
    const topic = `freeface-smoke-${suffix}`;
    const groupId = `freeface-smoke-${suffix}`;
    const key = `face-${suffix}`;
    const value = JSON.stringify({ trackId: suffix, score: 0.93 });

    const kafka = new Kafka({
      clientId: `${config.kafka.clientId}-smoke-${suffix}`,
      brokers: config.kafka.brokers,
      // kafkajs logs retried errors at ERROR level (e.g. "coordinator is loading" while a fresh broker
      // creates __consumer_offsets); failures still surface as thrown errors and consumer crash events.
      logLevel: logLevel.NOTHING,
      retry: { retries: 5 },
    });
    const admin = kafka.admin();
    // The Java-compatible partitioner is kafkajs' default since 2.0; naming it keeps the
    // legacy-partitioner warning away. Topics are created explicitly (the broker refuses auto-creation).
    const producer = kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
    });
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });

    let topicExists = false;
    await admin.connect();
    try {
      const created = await admin.createTopics({
        // one partition, so the single message sits at offset 0
        topics: [{ topic, numPartitions: 1, replicationFactor: config.kafka.replicationFactor }],
        waitForLeaders: true,
      });
      expect(created).toBe(true);
      topicExists = true;
      expect(await admin.listTopics()).toContain(topic);

      await producer.connect();
      const [sent] = await producer.send({ topic, messages: [{ key, value }] });
      expect(sent?.errorCode).toBe(0);

      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const received = new Promise<{ key?: string; value?: string; offset: string }>((resolve, reject) => {
        consumer.on(consumer.events.CRASH, ({ payload }) => {
          if (!payload.restart) reject(payload.error);
        });
        consumer
          .run({
            eachMessage: async ({ message }) =>
              resolve({ key: message.key?.toString(), value: message.value?.toString(), offset: message.offset }),
          })
          .catch(reject);
      });
      expect(await within(received, 30_000, 'the consumer to receive the message')).toEqual({
        key,
        value,
        offset: '0',
      });

      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteGroups([groupId]);
      await admin.deleteTopics({ topics: [topic] });
      topicExists = false;
      // deletion completes asynchronously on the broker: wait until the topic is no longer listed
      await expect.poll(() => admin.listTopics(), { timeout: 15_000, interval: 250 }).not.toContain(topic);
    } finally {
      // Best effort when something above failed part way; no-ops after the happy path.
      await consumer.disconnect().catch(() => {});
      await producer.disconnect().catch(() => {});
      if (topicExists) await admin.deleteTopics({ topics: [topic] }).catch(() => {});
      await admin.disconnect();
    }
  }, 60_000);
});
