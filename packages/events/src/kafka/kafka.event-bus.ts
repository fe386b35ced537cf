import { UnavailableError } from '@freeface/domain';
import { type Logger, SpanKind, type TraceHeaders, withSpan } from '@freeface/observability';
import { type Consumer, type EachBatchPayload, Kafka, type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import type { EventBus, PartitionLag, SubscribeOptions, Subscription, TopicSpec } from '../event-bus.port.js';
import { InFlightWindow } from '../in-flight-window.js';
import { decodeMessage, encodeMessage } from '../message-codec.js';
import { DEFAULT_REDELIVERY, HandedBack, handleUntilDone, type RedeliveryPolicy } from '../redelivery.js';
import { Slots } from '../slots.js';
import type { Topic } from '../topics.js';
import { kafkaLogCreator } from './kafka-logger.js';
import { fixKafkaRequestQueue } from './kafka-request-queue.js';
import { type Outgoing, ProduceBatcher } from './produce-batcher.js';

export interface KafkaEventBusOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly replicationFactor: number;
  readonly logger: Logger;
  /** how long publish waits for the brokers before it fails with UnavailableError (default 30 s) */
  readonly publishTimeoutMs?: number;
  readonly redelivery?: RedeliveryPolicy;
  /** consumer session timeout: a member silent this long leaves the group (default 30 s) */
  readonly sessionTimeoutMs?: number;
  /**
   * publishes made while one is in flight go together (default true). Off while traced: the Kafka
   * instrumentation gives every message of a request the trace of the one publish that sent it.
   */
  readonly batchPublishes?: boolean;
}

/** The instrumentation scope of the bus's own spans. */
const TRACER = 'freeface-events-kafka';

/** A message's headers as text (the trace context its producer put there). */
const headersOf = (message: KafkaMessage): TraceHeaders =>
  Object.fromEntries(
    Object.entries(message.headers ?? {}).flatMap(([name, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[name, first.toString()]];
    }),
  );

/** Heartbeat errors that mean the group's membership is changing (kafkajs rejoins on them). */
const GROUP_CHANGING = new Set([
  'REBALANCE_IN_PROGRESS',
  'NOT_COORDINATOR_FOR_GROUP',
  'ILLEGAL_GENERATION',
  'UNKNOWN_MEMBER_ID',
]);

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnavailableError(`Kafka did not answer within ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * The events port over Kafka. Topics are created explicitly (never auto-created). The producer is
 * idempotent (acks from all in-sync replicas, no duplicates from its own retries). Each subscription is a
 * consumer group member: up to `window` messages of a partition in the handler at once, a handler that rejects
 * retried in place, heartbeats going on while handlers run, and offsets committed only up to the first message
 * not settled.
 */
export class KafkaEventBus implements EventBus {
  readonly #kafka: Kafka;
  readonly #producer: Producer;
  #producerReady: Promise<void> | undefined;
  /** one per topic */
  readonly #batchers = new Map<string, ProduceBatcher>();
  readonly #subscriptions = new Set<Subscription>();
  /** the groups subscribed here, with their topics (lag) */
  readonly #groups = new Map<string, readonly string[]>();

  constructor(private readonly options: KafkaEventBusOptions) {
    fixKafkaRequestQueue();
    this.#kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      logCreator: kafkaLogCreator(options.logger.child({ component: 'kafkajs' })),
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 12 },
    });
    this.#producer = this.#kafka.producer({
      idempotent: true,
      // an idempotent producer retries without end (publish gives up waiting after publishTimeoutMs)
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async createTopics(topics: readonly TopicSpec[]): Promise<void> {
    const admin = this.#kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t.name));
      if (missing.length === 0) return;
      await admin.createTopics({
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: this.options.replicationFactor,
        })),
        waitForLeaders: true,
      });
    } finally {
      await admin.disconnect();
    }
  }

  async deleteTopics(names: readonly string[]): Promise<void> {
    const admin = this.#kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const ours = names.filter((n) => existing.has(n));
      if (ours.length > 0) await admin.deleteTopics({ topics: ours });
    } finally {
      await admin.disconnect();
    }
  }

  async deleteGroups(groups: readonly string[]): Promise<void> {
    if (groups.length === 0) return;
    const admin = this.#kafka.admin();
    await admin.connect();
    try {
      await admin.deleteGroups([...groups]).catch((error: unknown) => {
        // a group that never existed is no error here
        const failed = (error as { groups?: Array<{ error?: { type?: string } }> }).groups ?? [];
        if (!failed.every((g) => g.error?.type === 'GROUP_ID_NOT_FOUND')) throw error;
      });
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Resolves once the brokers have acknowledged the message (acks from all in-sync replicas). Publishes to a
   * topic made while a produce request to it is in flight go together in the next one (ProduceBatcher).
   */
  async publish<T>(topic: Topic<T>, key: string, message: T): Promise<void> {
    const value = encodeMessage(topic, message);
    const timeoutMs = this.options.publishTimeoutMs ?? 30_000;
    if (this.options.batchPublishes === false) {
      await within(
        this.#sendBatch(topic.name, [{ topic: topic.name, key, value }]),
        timeoutMs,
        `publish to ${topic.name}`,
      );
      return;
    }
    let batcher = this.#batchers.get(topic.name);
    if (!batcher) {
      batcher = new ProduceBatcher((messages) => this.#sendBatch(topic.name, messages));
      this.#batchers.set(topic.name, batcher);
    }
    await batcher.publish(
      { topic: topic.name, key, value },
      timeoutMs,
      () => new UnavailableError(`Kafka did not answer within ${timeoutMs} ms: publish to ${topic.name}`),
    );
  }

  /** One produce request for a batch of one topic. */
  async #sendBatch(topic: string, messages: readonly Outgoing[]): Promise<void> {
    this.#producerReady ??= this.#producer.connect().catch((error: unknown) => {
      this.#producerReady = undefined;
      throw error;
    });
    await this.#producerReady;
    await this.#producer.send({ topic, messages: messages.map(({ key, value }) => ({ key, value })) });
  }

  async subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription> {
    const { logger } = this.options;
    const log = logger.child({ group: options.group });
    const policy = this.options.redelivery ?? DEFAULT_REDELIVERY;
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    const heartbeatInterval = Math.max(500, Math.floor(sessionTimeout / 10));
    const byName = new Map(options.topics.map((t) => [t.name, t] as const));
    const window = options.window ?? 1;
    // at most topicWindow handlers of one topic at once, across its partitions
    const topicSlots = new Map(options.topics.map((t) => [t.name, new Slots(options.topicWindow ?? Infinity)]));
    let stopping = false;

    /** One message, tried until it resolves; throws HandedBack when `halted` turns true between tries. */
    const handle = (topicName: string, partition: number, message: KafkaMessage, halted: () => boolean) => {
      const topic = byName.get(topicName) as Topic<T>;
      const key = message.key?.toString();
      const raw = message.value?.toString() ?? '';
      const decoded = decodeMessage(topic, raw);
      const place = { topic: topicName, partition, offset: message.offset, key };
      // a CONSUMER span per attempt, in the trace of the message's producer (kafkajs's instrumentation only
      // links its spans of a batch's messages to their producers, and runs the batch in a trace of its own)
      const run = decoded.ok
        ? () =>
            withSpan(`process ${topicName}`, () => options.handler({ ...place, message: decoded.message }), {
              kind: SpanKind.CONSUMER,
              tracer: TRACER,
              parent: headersOf(message),
              attributes: {
                'messaging.system': 'kafka',
                'messaging.destination.name': topicName,
                'messaging.destination.partition.id': String(partition),
                'messaging.operation.type': 'process',
                'messaging.consumer.group.name': options.group,
                'messaging.kafka.offset': message.offset,
              },
            })
        : async () => {
            if (options.onInvalid) await options.onInvalid({ ...place, raw, reason: decoded.reason });
            else log.warn({ ...place, reason: decoded.reason }, 'invalid message skipped');
          };
      return handleUntilDone(run, policy, halted, (error, attempt) =>
        log.warn({ err: error, ...place, attempt }, 'handler failed; the message comes again'),
      );
    };

    /**
     * A fetched batch of one partition: up to `window` of its messages in the handler at once, started in
     * order; each time the handled prefix grows its last offset is resolved (committed by kafkajs at the
     * latest after the batch), never one past a message not settled.
     */
    const eachBatch = async ({
      batch,
      resolveOffset,
      heartbeat,
      commitOffsetsIfNecessary,
      isRunning,
      isStale,
    }: EachBatchPayload): Promise<void> => {
      const inFlight = new InFlightWindow<string>(window);
      const ofTopic = topicSlots.get(batch.topic) as Slots;
      // Handlers may run longer than the session timeout: heartbeats go on meanwhile. When one of them learns
      // that the group is rebalancing, the handlers are told to hand their messages back (their own
      // heartbeats being throttled by ours, kafkajs would not hear it) and the error is thrown to kafkajs,
      // which commits what was handled and rejoins at once instead of after the rebalance timeout.
      let rebalance: unknown;
      const beat = setInterval(
        () =>
          heartbeat().catch((error: unknown) => {
            if (GROUP_CHANGING.has((error as { type?: string }).type ?? '')) rebalance ??= error;
          }),
        heartbeatInterval,
      );
      const halted = () => stopping || rebalance !== undefined || !isRunning() || isStale();
      let failure: unknown;
      try {
        for (const message of batch.messages) {
          await inFlight.room();
          await ofTopic.take();
          if (halted() || failure !== undefined) {
            ofTopic.give();
            break;
          }
          inFlight.start(message.offset);
          handle(batch.topic, batch.partition, message, halted)
            .then(
              () => {
                const through = inFlight.settle(message.offset, true);
                if (through === undefined) return;
                resolveOffset(through);
                commitOffsetsIfNecessary().catch((error: unknown) => log.warn({ err: error }, 'offsets not committed'));
              },
              (error: unknown) => {
                inFlight.settle(message.offset, false);
                if (!(error instanceof HandedBack)) failure ??= error;
              },
            )
            .catch((error: unknown) => {
              failure ??= error;
            })
            .finally(() => ofTopic.give());
        }
        await inFlight.drained();
      } finally {
        clearInterval(beat);
      }
      if (rebalance !== undefined) throw rebalance;
      if (failure !== undefined) throw failure;
    };

    let consumer: Consumer | undefined;
    let restarting: NodeJS.Timeout | undefined;
    const restartLater = (member: Consumer): void => {
      clearTimeout(restarting);
      restarting = setTimeout(async () => {
        await member.disconnect().catch(() => {});
        if (stopping) return;
        try {
          await start();
        } catch (error) {
          log.warn({ err: error }, 'consumer restart failed; trying again');
          if (consumer) restartLater(consumer);
        }
      }, policy.mostMs);
    };
    const start = async (): Promise<void> => {
      const member = this.#kafka.consumer({
        groupId: options.group,
        allowAutoTopicCreation: false,
        sessionTimeout,
        // how long the group waits for its members to rejoin in a rebalance (they hand back and rejoin at once)
        rebalanceTimeout: sessionTimeout * 2,
        heartbeatInterval,
        retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 30 },
      });
      consumer = member;
      member.on(member.events.CRASH, ({ payload }) => {
        if (stopping || payload.error instanceof HandedBack) return;
        log.warn({ err: payload.error, restart: payload.restart }, 'consumer crashed');
        // kafkajs restarts by itself after retriable errors only; after any other (no broker at all for a
        // while, e.g. during a broker restart) this member is gone: make a new one
        if (!payload.restart) restartLater(member);
      });
      await member.connect();
      await member.subscribe({ topics: [...byName.keys()], fromBeginning: true });
      await member.run({
        partitionsConsumedConcurrently: options.concurrency ?? 1,
        // offsets are resolved by eachBatch (the handled prefix only); committed at least once a second
        // while a batch runs, and after each batch
        eachBatchAutoResolve: false,
        autoCommitInterval: 1000,
        eachBatch,
      });
    };
    await start();
    this.#groups.set(options.group, [...byName.keys()]);

    const subscription: Subscription = {
      close: async () => {
        if (stopping) return;
        stopping = true;
        this.#groups.delete(options.group);
        clearTimeout(restarting);
        this.#subscriptions.delete(subscription);
        await consumer?.disconnect();
      },
    };
    this.#subscriptions.add(subscription);
    return subscription;
  }

  /** From the brokers: each partition's end offset less the group's committed one (its start when none). */
  async lag(): Promise<readonly PartitionLag[]> {
    if (this.#groups.size === 0) return [];
    const admin = this.#kafka.admin();
    try {
      await within(admin.connect(), 5000, 'connect for the lag');
      const lags: PartitionLag[] = [];
      for (const [group, topics] of this.#groups) {
        const committed = await admin.fetchOffsets({ groupId: group, topics: [...topics] });
        for (const { topic, partitions } of committed) {
          const ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, o] as const));
          for (const { partition, offset } of partitions) {
            const end = ends.get(partition);
            if (!end) continue;
            const from = Number(offset) >= 0 ? Number(offset) : Number(end.low);
            lags.push({ group, topic, partition, lag: Math.max(0, Number(end.high) - from) });
          }
        }
      }
      return lags;
    } finally {
      await admin.disconnect().catch(() => {});
    }
  }

  async ping(): Promise<void> {
    const admin = this.#kafka.admin();
    try {
      await within(
        admin.connect().then(() => admin.describeCluster()),
        5000,
        'describe the cluster',
      );
    } catch (error) {
      throw new UnavailableError(`Kafka at ${this.options.brokers.join(',')} is not reachable: ${String(error)}`);
    } finally {
      await admin.disconnect().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.#subscriptions].map((s) => s.close()));
    if (this.#producerReady) await this.#producer.disconnect().catch(() => {});
  }
}
