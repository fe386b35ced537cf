// Raw scans for what an erasure must leave nowhere: an embedding's numbers (as JSON text, as float32 bytes)
// in any bytes, every message of a Kafka topic as the broker holds it, every key and value of a Redis cache.
import type { Config } from '@freeface/config';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';

/** how many leading numbers of an embedding make a run no other data holds by chance */
const RUN = 4;

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`;
/** runs of RUN numbers separated by commas, as JSON writes an array */
const NUMBER_RUN = new RegExp(`${NUMBER}(?:,${NUMBER}){${RUN - 1}}`, 'g');
/** how far apart two copies of a number may be: an index normalises again, rounding the last digits */
const TOLERANCE = 1e-4;

/**
 * Lines naming each embedding found in `bytes`: its first numbers as JSON text (within a rounding, since a
 * copy made before the index normalised it differs in the last digits) or as little-endian float32s.
 */
export function embeddingTraces(where: string, bytes: Buffer, embeddings: readonly number[][]): string[] {
  const traces: string[] = [];
  const runs = [...bytes.toString('latin1').matchAll(NUMBER_RUN)].map((m) => m[0].split(',').map(Number));
  for (const [i, embedding] of embeddings.entries()) {
    const head = embedding.slice(0, RUN);
    if (runs.some((run) => run.every((v, k) => Math.abs(v - (head[k] as number)) < TOLERANCE)))
      traces.push(`${where}: embedding ${i} as JSON`);
    if (bytes.includes(Buffer.from(Float32Array.from(head).buffer))) traces.push(`${where}: embedding ${i} as float32`);
  }
  return traces;
}

/** Every message of a topic, key and value bytes as stored, read from its first offset by a group of its own. */
export async function kafkaTopicBytes(config: Config, topic: string): Promise<Buffer[]> {
  const kafka = new Kafka({ brokers: config.kafka.brokers, clientId: 'erasure-scan', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const expected = offsets.reduce((n, o) => n + Number(o.high) - Number(o.low), 0);
  const seen: Buffer[] = [];
  if (expected === 0) return seen;
  const consumer = kafka.consumer({ groupId: `erasure-scan-${Date.now()}-${Math.random().toString(36).slice(2)}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${seen.length} of ${expected} messages of ${topic}`)),
        60_000,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            seen.push(Buffer.concat([message.key ?? Buffer.alloc(0), message.value ?? Buffer.alloc(0)]));
            if (seen.length >= expected) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/** Every key of the cache's prefix with its value (strings; other types by their type name). */
export async function redisEntries(config: Config): Promise<Array<{ key: string; value: string }>> {
  const redis = new Redis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    const entries: Array<{ key: string; value: string }> = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redis.keyPrefix}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        entries.push({ key, value: type === 'string' ? ((await redis.get(key)) ?? '') : type });
      }
    } while (cursor !== '0');
    return entries;
  } finally {
    redis.disconnect();
  }
}
