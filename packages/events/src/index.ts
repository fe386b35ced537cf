// @freeface/events: topics, versioned message schemas, and the event bus port with its adapters
// (Kafka for the cluster profile, a durable SQLite queue in process for the embedded one).
export type {
  Delivery,
  EventBus,
  InvalidDelivery,
  PartitionLag,
  SubscribeOptions,
  Subscription,
  TopicSpec,
} from './event-bus.port.js';
export { KafkaEventBus, type KafkaEventBusOptions } from './kafka/kafka.event-bus.js';
export { LocalEventBus, type LocalEventBusOptions } from './local/local.event-bus.js';
export { type Decoded, decodeMessage, encodeMessage } from './message-codec.js';
export * from './messages/enroll.messages.js';
export * from './messages/face.messages.js';
export { type OpenedEventBus, openEventBus } from './open-event-bus.js';
export { DEFAULT_REDELIVERY, HandedBack, type RedeliveryPolicy } from './redelivery.js';
export { allTopics, type Topic, type Topics, topicsOf } from './topics.js';
