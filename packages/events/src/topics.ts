import type { Priority } from '@freeface/domain';
import type { z } from 'zod';
import {
  type DeadLetterMessage,
  deadLetter,
  type EnrollRequestMessage,
  type EnrollResultMessage,
  enrollRequest,
  enrollResult,
  PRIORITIES,
} from './messages/enroll.messages.js';
import { type FaceEvent, faceEvent } from './messages/face.messages.js';

/** A topic and the schema of its messages: publish and subscribe are typed by it. */
export interface Topic<T> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
}

/** Every topic of the platform, named with the settings' prefix (events.topicPrefix). */
export interface Topics {
  /** one per priority, so that a worker can serve the higher ones first */
  readonly enrollRequests: Readonly<Record<Priority, Topic<EnrollRequestMessage>>>;
  readonly enrollResults: Topic<EnrollResultMessage>;
  readonly faceEvents: Topic<FaceEvent>;
  readonly deadLetters: Topic<DeadLetterMessage>;
}

export function topicsOf(prefix: string): Topics {
  const topic = <T>(name: string, schema: z.ZodType<T>): Topic<T> => ({ name: `${prefix}${name}`, schema });
  return {
    enrollRequests: Object.fromEntries(
      PRIORITIES.map((p) => [p, topic(`enroll.requests.${p}`, enrollRequest)]),
    ) as Record<Priority, Topic<EnrollRequestMessage>>,
    enrollResults: topic('enroll.results', enrollResult),
    faceEvents: topic('face.events', faceEvent),
    deadLetters: topic('enroll.dead-letters', deadLetter),
  };
}

/** Every topic by name, for createTopics. */
export const allTopics = (topics: Topics): Array<Topic<unknown>> => [
  ...Object.values(topics.enrollRequests),
  topics.enrollResults,
  topics.faceEvents,
  topics.deadLetters,
];
