import { EventEmitter, setMaxListeners } from 'node:events';
import { ConflictError, InvalidArgumentError, UnavailableError } from '@freeface/domain';
import { type Logger, SpanKind, type TraceHeaders, traceHeaders, withSpan } from '@freeface/observability';
import type { Delivery, EventBus, PartitionLag, SubscribeOptions, Subscription, TopicSpec } from '../event-bus.port.js';
import { InFlightWindow } from '../in-flight-window.js';
import { decodeMessage, encodeMessage } from '../message-codec.js';
import { DEFAULT_REDELIVERY, HandedBack, handleUntilDone, type RedeliveryPolicy } from '../redelivery.js';
import { Slots } from '../slots.js';
import type { Topic } from '../topics.js';
import { MessageLog, partitionOf, type StoredMessage } from './message-log.js';

export interface LocalEventBusOptions {
  /** the SQLite file of the log, e.g. <dataDir>/events.db */
  readonly file: string;
  readonly logger: Logger;
  /** messages older than this are removed, handled or not (settings events.retentionHours) */
  readonly retentionMs: number;
  readonly redelivery?: RedeliveryPolicy;
  /** how often the log is pruned (default every minute) */
  readonly pruneEveryMs?: number;
}

/** The instrumentation scope of the bus's spans. */
const TRACER = 'freeface-events-sqlite';

const messaging = (topic: string, partition: number, operation: 'send' | 'process') => ({
  'messaging.system': 'freeface-sqlite',
  'messaging.destination.name': topic,
  'messaging.destination.partition.id': String(partition),
  'messaging.operation.type': operation,
});

const headersOf = (stored: string | null): TraceHeaders | undefined => {
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as TraceHeaders;
  } catch {
    return undefined;
  }
};

/**
 * The events port in one process, durable: messages and group offsets in SQLite (see MessageLog), with the
 * semantics of the Kafka adapter: keys pick partitions, up to `window` handlers at a time per partition, offsets
 * committed up to the first message not settled, a rejected message delivered again in place. A group
 * has one member here (the embedded profile runs one process).
 */
export class LocalEventBus implements EventBus {
  readonly #log: MessageLog;
  readonly #bell = new EventEmitter().setMaxListeners(0);
  /** the groups subscribed here, with their topics */
  readonly #groups = new Map<string, readonly string[]>();
  readonly #subscriptions = new Set<Subscription>();
  readonly #pruner: NodeJS.Timeout;
  #closed = false;

  constructor(private readonly options: LocalEventBusOptions) {
    this.#log = new MessageLog(options.file);
    this.#pruner = setInterval(() => this.prune(), options.pruneEveryMs ?? 60_000).unref();
    this.prune();
  }

  async createTopics(topics: readonly TopicSpec[]): Promise<void> {
    for (const t of topics) this.#log.createTopic(t.name, t.partitions);
  }

  async deleteTopics(names: readonly string[]): Promise<void> {
    for (const name of names) this.#log.deleteTopic(name);
  }

  async deleteGroups(groups: readonly string[]): Promise<void> {
    for (const group of groups) this.#log.deleteGroup(group);
  }

  /** A PRODUCER span; the message carries its trace context in its headers, as Kafka's do. */
  async publish<T>(topic: Topic<T>, key: string, message: T): Promise<void> {
    if (this.#closed) throw new UnavailableError('the event bus is closed');
    const partitions = this.#partitions(topic.name);
    const partition = partitionOf(key, partitions);
    const value = encodeMessage(topic, message);
    await withSpan(
      `send ${topic.name}`,
      async () => this.#log.append(topic.name, partition, key, value, traceHeaders()),
      { kind: SpanKind.PRODUCER, tracer: TRACER, attributes: messaging(topic.name, partition, 'send') },
    );
    this.#bell.emit(`${topic.name}/${partition}`);
  }

  async subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription> {
    if (this.#groups.has(options.group)) {
      throw new ConflictError(`group ${options.group} already has a member in this process`);
    }
    this.#groups.set(
      options.group,
      options.topics.map((t) => t.name),
    );
    const log = this.options.logger.child({ group: options.group });
    const policy = this.options.redelivery ?? DEFAULT_REDELIVERY;
    const window = options.window ?? 1;
    // handlers at once: concurrency x window in all, and at most topicWindow of one topic
    const slots = new Slots((options.concurrency ?? 1) * window);
    const topicSlots = new Map(options.topics.map((t) => [t.name, new Slots(options.topicWindow ?? Infinity)]));
    const stop = new AbortController();
    setMaxListeners(0, stop.signal); // one waiting loop per partition
    const stopping = () => stop.signal.aborted || this.#closed;

    /** One message, tried until it resolves; throws HandedBack when `halted` turns true between tries. */
    const deliver = (topic: Topic<T>, partition: number, stored: StoredMessage, halted: () => boolean) => {
      const place = { topic: topic.name, partition, offset: String(stored.offset), key: stored.key ?? undefined };
      const decoded = decodeMessage(topic, stored.value);
      const parent = headersOf(stored.headers);
      // a CONSUMER span per attempt, in the trace of the message's producer
      const run = decoded.ok
        ? () =>
            withSpan(
              `process ${topic.name}`,
              () => options.handler({ ...place, message: decoded.message } satisfies Delivery<T>),
              {
                kind: SpanKind.CONSUMER,
                tracer: TRACER,
                parent,
                attributes: {
                  ...messaging(topic.name, partition, 'process'),
                  'messaging.consumer.group.name': options.group,
                },
              },
            )
        : async () => {
            if (options.onInvalid) await options.onInvalid({ ...place, raw: stored.value, reason: decoded.reason });
            else log.warn({ ...place, reason: decoded.reason }, 'invalid message skipped');
          };
      return handleUntilDone(run, policy, halted, (error, attempt) =>
        log.warn({ err: error, ...place, attempt }, 'handler failed; the message comes again'),
      );
    };

    /**
     * One partition: up to `window` of its messages in the handler at once, started in order; the group's
     * offset moves each time the handled prefix grows, never past a message not settled. Stops reading once a
     * message was handed back (the handler's process is stopping) or the subscription closes.
     */
    const consume = async (topic: Topic<T>, partition: number): Promise<void> => {
      const event = `${topic.name}/${partition}`;
      const inFlight = new InFlightWindow<number>(window);
      let next = this.#log.join(options.group, topic.name, partition);
      let handedBack = false;
      let failure: unknown;
      const halted = () => stopping() || handedBack || failure !== undefined;
      while (!halted()) {
        await inFlight.room();
        if (halted()) break;
        const stored = this.#log.read(topic.name, partition, next);
        if (!stored) {
          await this.#waitFor(event, stop.signal);
          continue;
        }
        const ofTopic = topicSlots.get(topic.name) as Slots;
        await ofTopic.take();
        await slots.take();
        if (halted()) {
          slots.give();
          ofTopic.give();
          break;
        }
        inFlight.start(stored.offset);
        next = stored.offset + 1;
        deliver(topic, partition, stored, halted)
          .then(
            () => {
              const through = inFlight.settle(stored.offset, true);
              if (through !== undefined && !this.#closed)
                this.#log.commit(options.group, topic.name, partition, through + 1);
            },
            (error: unknown) => {
              inFlight.settle(stored.offset, false);
              if (error instanceof HandedBack) handedBack = true;
              else failure ??= error;
            },
          )
          .catch((error: unknown) => {
            failure ??= error;
          })
          .finally(() => {
            slots.give();
            ofTopic.give();
          });
      }
      await inFlight.drained();
      if (failure !== undefined) throw failure;
    };

    const loops = options.topics.flatMap((topic) =>
      Array.from({ length: this.#partitions(topic.name) }, (_, partition) =>
        consume(topic, partition).catch((error: unknown) =>
          log.error({ err: error, topic: topic.name, partition }, 'consumer loop stopped'),
        ),
      ),
    );
    const subscription: Subscription = {
      close: async () => {
        if (stop.signal.aborted) return;
        stop.abort();
        await Promise.all(loops);
        this.#groups.delete(options.group);
        this.#subscriptions.delete(subscription);
      },
    };
    this.#subscriptions.add(subscription);
    return subscription;
  }

  async lag(): Promise<readonly PartitionLag[]> {
    if (this.#closed) return [];
    return [...this.#groups].flatMap(([group, topics]) =>
      topics.flatMap((topic) =>
        Array.from({ length: this.#log.partitions(topic) ?? 0 }, (_, partition) => ({
          group,
          topic,
          partition,
          lag: this.#log.lag(group, topic, partition),
        })),
      ),
    );
  }

  async ping(): Promise<void> {
    if (this.#closed) throw new UnavailableError('the event bus is closed');
    this.#log.ping();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await Promise.all([...this.#subscriptions].map((s) => s.close()));
    this.#closed = true;
    clearInterval(this.#pruner);
    this.#log.close();
  }

  /** Resolves when a message is published to the partition, or after a while (a safety net), or on stop. */
  #waitFor = (event: string, signal: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = () => {
        this.#bell.off(event, done);
        signal.removeEventListener('abort', done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, 1000);
      this.#bell.on(event, done);
      signal.addEventListener('abort', done, { once: true });
    });

  #partitions(topic: string): number {
    const partitions = this.#log.partitions(topic);
    if (partitions === undefined) {
      throw new InvalidArgumentError(`topic ${topic} does not exist: create it first (createTopics)`);
    }
    return partitions;
  }

  private prune(): void {
    try {
      const removed = this.#log.prune(this.options.retentionMs);
      if (removed > 0) this.options.logger.debug({ removed }, 'event log pruned');
    } catch (error) {
      this.options.logger.warn({ err: error }, 'event log not pruned');
    }
  }
}
