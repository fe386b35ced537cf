import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@freeface/config';
import type { Priority } from '@freeface/domain';
import {
  allTopics,
  type Delivery,
  type EventBus,
  LocalEventBus,
  type Topic,
  type Topics,
  topicsOf,
} from '@freeface/events';
import { createLogger, Metrics } from '@freeface/observability';
import { openStorage, type Storage } from '@freeface/storage';
import { createEnrollmentServices, type EnrollmentServices } from '../enrollment-services.js';
import type { CandidateAnalysis } from '../face-choice.js';
import { sha256Hex } from '../image-bytes.js';
import type { BatchExtraction, ExtractionOutcome, ImageToExtract } from '../worker/batch-extraction.js';

// A worker's world for tests: embedded storage and the durable in-process bus in a temp dir, and an
// extraction that answers from a table (tests of the real extractor are the service's and the API's).

export const STUB_EMBEDDER = { id: 'stub-embedder', dimension: 8 };

/** A unit vector made from a seed: the same seed, the same face. */
export function stubEmbedding(seed: number): Float32Array {
  const v = Float32Array.from({ length: STUB_EMBEDDER.dimension }, (_, i) => Math.sin(seed * 7.3 + i * 1.7));
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** What the stub extractor finds in an image: `faces` faces, or a failure of the image. */
export type StubAnswer = { faces: number; seed: number } | { code: string; message: string };

export class StubExtraction implements BatchExtraction {
  readonly answers = new Map<string, StubAnswer>();
  /** each call's images */
  readonly calls: string[][] = [];
  /** rejects the next n calls (an extractor that is down) */
  failNext = 0;
  delayMs = 0;

  async extract(images: readonly ImageToExtract[]): Promise<ExtractionOutcome[]> {
    this.calls.push(images.map((i) => i.id));
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failNext > 0) {
      this.failNext--;
      throw Object.assign(new Error('extractor unavailable'), { code: 'UNAVAILABLE' });
    }
    return images.map(({ id, bytes }) => {
      const answer = this.answers.get(sha256Hex(bytes)) ?? { faces: 1, seed: 1 };
      if ('code' in answer) return { id, ok: false, code: answer.code, message: answer.message };
      return { id, ok: true, analysis: stubAnalysis(answer.faces, answer.seed) };
    });
  }
}

export const stubAnalysis = (faces: number, seed: number): CandidateAnalysis => ({
  width: 640,
  height: 480,
  embedderId: STUB_EMBEDDER.id,
  faces: Array.from({ length: faces }, (_, i) => ({
    detection: { box: { x: 10 + i * 120, y: 20, width: 100, height: 100 }, score: 0.99 - i * 0.01 },
    quality: { score: 0.9, reasons: [] },
    embedding: stubEmbedding(seed * 10 + i),
  })),
  rejected: [],
});

/** A distinct small "image" (bytes only the stub reads; a PNG signature so that its type is known). */
export const stubImage = (n: number) => {
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`image ${n} ${randomUUID()}`),
  ]);
  return { id: sha256Hex(bytes), bytes, contentType: 'image/png' as const };
};

export interface WorkerWorld {
  readonly config: Config;
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly topics: Topics;
  readonly services: EnrollmentServices;
  readonly extraction: StubExtraction;
  readonly metrics: Metrics;
  /** every message of a topic so far, seen by a group of its own */
  collect<T>(topic: Topic<T>): Promise<{ items: Array<Delivery<T>>; close(): Promise<void> }>;
  close(): Promise<void>;
}

export async function openWorkerWorld(env: Record<string, string> = {}): Promise<WorkerWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'ff-enroll-'));
  const config = loadConfig({
    FREEFACE_DATA_DIR: dir,
    FREEFACE_KAFKA_PARTITIONS: '2',
    FREEFACE_ENROLL_RETRY_BASE_MS: '10',
    FREEFACE_ENROLL_RETRY_MAX_MS: '40',
    // the cheap pair: these tests do not measure the models
    FREEFACE_MODEL_PRESET: 'fast',
    ...env,
  });
  const logger = createLogger({ name: 'enroll-test', level: 'silent' });
  const storage = await openStorage(config);
  const bus = new LocalEventBus({
    file: join(dir, 'events.db'),
    logger,
    retentionMs: 3_600_000,
    redelivery: { firstMs: config.enroll.retryBaseMs, mostMs: config.enroll.retryMaxMs },
  });
  const topics = topicsOf(config.events.topicPrefix);
  await bus.createTopics(allTopics(topics).map((t) => ({ name: t.name, partitions: config.kafka.partitions })));
  const services = createEnrollmentServices({ config, logger, storage, bus, topics, embedder: STUB_EMBEDDER });
  const subscriptions: Array<{ close(): Promise<void> }> = [];
  return {
    config,
    storage,
    bus,
    topics,
    services,
    extraction: new StubExtraction(),
    metrics: new Metrics('enroll-test'),
    async collect<T>(topic: Topic<T>) {
      const items: Array<Delivery<T>> = [];
      const sub = await bus.subscribe({
        group: `collect-${randomUUID()}`,
        topics: [topic],
        concurrency: 8,
        handler: async (d) => void items.push(d),
      });
      subscriptions.push(sub);
      return { items, close: () => sub.close() };
    },
    async close() {
      for (const s of subscriptions) await s.close();
      await bus.close();
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const submitJob = (
  world: WorkerWorld,
  n: number,
  priority: Priority = 'normal',
  extra: { personId?: string; externalId?: string } = {},
) => world.services.jobs.submit({ image: stubImage(n), options: { multiFace: true, context: {} }, priority, ...extra });

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  ms = 10_000,
  what = 'the condition',
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
