import type { Config } from '@freeface/config';
import type { EventBus, FaceEvent, Subscription, Topic } from '@freeface/events';
import { type Logger, withLogContext } from '@freeface/observability';
import type { ClusteringMetrics } from './clustering.metrics.js';
import type { AssignmentListener } from './face-assigner.js';
import type { FaceClustering } from './face-clustering.js';

/** The consumer group of face-cluster, named with the topic prefix so that two platforms on one Kafka stay apart. */
export const faceClusterGroup = (config: Pick<Config, 'events'>): string => `${config.events.topicPrefix}face-cluster`;

/** What one face event means to clustering. Types and versions it does not know are skipped. */
export async function handleFaceEvent(clustering: FaceClustering, event: FaceEvent): Promise<void> {
  switch (event.type) {
    case 'face.enrolled':
      // faces enrolled under a person are that person's: nothing to group. The vector comes from the index,
      // never from the event (version 1's embedding is ignored): an erased face has none left to cluster
      if (event.personId === null) await clustering.clusterFace(event.faceId, event.model);
      return;
    case 'face.deleted':
      return clustering.forgetFace(event.faceId, event.model);
    case 'face.assigned':
      // clustering's own moves are in its books already
      if (event.reason !== 'cluster')
        await clustering.faceMoved(event.faceId, event.model, event.personId ?? undefined);
      return;
  }
}

export interface FaceClusteringStart {
  readonly bus: EventBus;
  readonly topic: Topic<FaceEvent>;
  readonly clustering: FaceClustering;
  readonly logger: Logger;
  /** the consumer group: faceClusterGroup(config) */
  readonly group: string;
  readonly metrics?: ClusteringMetrics | undefined;
}

/**
 * Clusters unassigned faces as they arrive: subscribes the clustering to the face events (Kafka in the cluster
 * profile, the in-process bus embedded). A failed event is delivered again (the bus's redelivery policy);
 * clustering is idempotent, so an event seen twice changes nothing.
 */
export function startFaceClustering({
  bus,
  topic,
  clustering,
  logger,
  group,
  metrics,
}: FaceClusteringStart): Promise<Subscription> {
  return bus.subscribe({
    group,
    topics: [topic],
    handler: ({ message, offset, partition }) =>
      withLogContext({ faceId: 'faceId' in message ? message.faceId : undefined }, async () => {
        try {
          await handleFaceEvent(clustering, message);
          metrics?.event(message.type, 'ok');
        } catch (error) {
          metrics?.event(message.type, 'error');
          logger.warn({ err: error, type: message.type, partition, offset }, 'face event failed; it comes again');
          throw error;
        }
      }),
  });
}

/** Publishes face.assigned for every face clustering moves (the listener of FaceClusteringDeps.onAssigned). */
export function publishAssignments(bus: EventBus, topic: Topic<FaceEvent>): AssignmentListener {
  return async (changes) => {
    const occurredAt = new Date().toISOString();
    for (const change of changes) {
      await bus.publish(topic, change.faceId, {
        type: 'face.assigned',
        version: 1,
        faceId: change.faceId,
        model: change.model,
        personId: change.personId ?? null,
        previousPersonId: change.previousPersonId ?? null,
        reason: change.reason,
        occurredAt,
      });
    }
  };
}
