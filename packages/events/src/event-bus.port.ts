import type { Topic } from './topics.js';

// The events port. Production: Kafka (kafkajs). Embedded: a durable queue in SQLite under the data dir.
// Delivery is at least once: a handler sees a message again after a crash or a rejection, so handlers are
// idempotent.

export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
}

/** One message handed to a handler. */
export interface Delivery<T> {
  readonly topic: string;
  readonly partition: number;
  /** position in the partition, as a decimal string (Kafka offsets exceed 2^53 in theory) */
  readonly offset: string;
  readonly key: string | undefined;
  readonly message: T;
}

/** A message whose bytes did not match the topic's schema: what the subscription's onInvalid gets. */
export interface InvalidDelivery {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | undefined;
  /** the value as text */
  readonly raw: string;
  readonly reason: string;
}

export interface SubscribeOptions<T> {
  /** the consumer group: each message goes to one member of each group */
  readonly group: string;
  readonly topics: ReadonlyArray<Topic<T>>;
  /**
   * Called for each message, started in order within a partition, up to `window` at a time per partition.
   * A message's offset is committed only once its promise and those of every message before it in the
   * partition resolved (never past a message not settled: a crash delivers it and what follows again). When
   * it rejects, the message is delivered again (after a pause); with a window of 1 nothing after it in that
   * partition is handled first, with a wider one the others of the window go on meanwhile.
   */
  readonly handler: (delivery: Delivery<T>) => Promise<void>;
  /** a message that does not parse; resolving commits past it (default: it is logged and skipped) */
  readonly onInvalid?: (delivery: InvalidDelivery) => Promise<void>;
  /** partitions handled at once (default 1); at most concurrency x window handlers run at once */
  readonly concurrency?: number;
  /**
   * messages of one partition in the handler at once (default 1: one at a time, settling in order). Wider
   * only for handlers whose messages do not depend on each other's order (the enrollment requests).
   */
  readonly window?: number;
  /**
   * messages of one topic in the handler at once, across its partitions (default: no limit but concurrency x
   * window): what a process takes on of a topic, however many partitions it is given
   */
  readonly topicWindow?: number;
}

export interface Subscription {
  /** stops fetching, waits for the handlers running, commits what they finished, and leaves the group */
  close(): Promise<void>;
}

/** How far a consumer group is behind in one partition: messages published it has not committed yet. */
export interface PartitionLag {
  readonly group: string;
  readonly topic: string;
  readonly partition: number;
  readonly lag: number;
}

export interface EventBus {
  /** creates the topics that do not exist yet (never changes an existing one) */
  createTopics(topics: readonly TopicSpec[]): Promise<void>;
  /** removes topics and their messages (tools and tests; no error for topics that do not exist) */
  deleteTopics(names: readonly string[]): Promise<void>;
  /** forgets consumer groups and their offsets (tools and tests; their members must be closed first) */
  deleteGroups(groups: readonly string[]): Promise<void>;
  /** resolves once the message is durable (Kafka: acknowledged by all in-sync replicas; embedded: on disk) */
  publish<T>(topic: Topic<T>, key: string, message: T): Promise<void>;
  subscribe<T>(options: SubscribeOptions<T>): Promise<Subscription>;
  /** the lag of every group subscribed in this process, per topic partition (metrics) */
  lag(): Promise<readonly PartitionLag[]>;
  /** throws UnavailableError when the bus cannot be reached (readiness) */
  ping(): Promise<void>;
  /** closes every subscription, then the connections */
  close(): Promise<void>;
}
