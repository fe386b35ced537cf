import type { Config } from '@freeface/config';
import type { EventBus, FaceEvent, Topic } from '@freeface/events';
import type { Logger } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import { clusterSettings, type ModelFacts } from './cluster-settings.js';
import type { ClusteringMetrics } from './clustering.metrics.js';
import { FaceClustering } from './face-clustering.js';
import { publishAssignments } from './face-event-consumer.js';

export interface FaceClusteringSetup {
  readonly config: Pick<Config, 'cluster' | 'matching' | 'models'>;
  readonly storage: Pick<Storage, 'metadata' | 'vectors'>;
  /** a model's embedding size and measured threshold: (id) => registry.entry(id) of @freeface/vision */
  readonly factsOf: (model: string) => ModelFacts;
  readonly logger: Logger;
  /** where face.assigned events go; none: nobody is told */
  readonly events?: { readonly bus: EventBus; readonly topic: Topic<FaceEvent> } | undefined;
  readonly metrics?: ClusteringMetrics | undefined;
}

/** The one FaceClustering of a process, from the settings: face-cluster's, or the embedded process's. */
export function createFaceClustering({
  config,
  storage,
  factsOf,
  logger,
  events,
  metrics,
}: FaceClusteringSetup): FaceClustering {
  const publish = events ? publishAssignments(events.bus, events.topic) : undefined;
  const clustering = new FaceClustering({
    metadata: storage.metadata,
    vectors: storage.vectors,
    settings: clusterSettings(config, factsOf),
    logger: logger.child({ component: 'clustering' }),
    defaultModel: config.models.embedder,
    onAssigned: async (changes) => {
      metrics?.assigned(changes);
      await publish?.(changes);
    },
    onMerged: (merged) => metrics?.merged(merged.movedFaces),
  });
  metrics?.watch(clustering);
  return clustering;
}
