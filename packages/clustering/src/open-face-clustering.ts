import type { Config } from '@freeface/config';
import type { OpenedEventBus } from '@freeface/events';
import type { Logger } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import { ModelRegistry } from '@freeface/vision';
import type { ClusteringMetrics } from './clustering.metrics.js';
import { createFaceClustering } from './create-face-clustering.js';
import type { FaceClustering } from './face-clustering.js';

export interface OpenFaceClusteringDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly storage: Storage;
  /** the process's event bus: where assignments go out as face events; none: they are not published */
  readonly events?: OpenedEventBus | undefined;
  readonly metrics?: ClusteringMetrics | undefined;
}

/**
 * The FaceClustering of a process, with the model facts of the registry in settings models.dir. The embedded
 * process makes one, shared by the REST API's merges and moves, the consumer of face events and the gRPC API
 * (it keeps the clusters in memory and is their only writer); face-cluster makes its own once it holds the lease.
 */
export function openFaceClustering({
  config,
  logger,
  storage,
  events,
  metrics,
}: OpenFaceClusteringDeps): FaceClustering {
  const registry = ModelRegistry.load(config.models.dir);
  return createFaceClustering({
    config,
    storage,
    factsOf: (model) => registry.entry(model),
    logger,
    events: events ? { bus: events.bus, topic: events.topics.faceEvents } : undefined,
    metrics,
  });
}
