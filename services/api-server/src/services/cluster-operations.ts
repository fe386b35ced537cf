import {
  type ClusteringMetrics,
  createFaceClustering,
  type FaceClustering,
  type PersonClusterOperations,
} from '@freeface/clustering';
import { FaceClusterClient } from '@freeface/rpc';
import { ModelRegistry } from '@freeface/vision';
import type { AppDeps } from '../app-deps.js';

/**
 * The one FaceClustering of the embedded process: the REST API's merges and moves, the consumer of face
 * events and the face-cluster gRPC API share it (it keeps the clusters in memory and is their only writer).
 */
export function createEmbeddedClustering(
  { config, logger, storage, events }: Pick<AppDeps, 'config' | 'logger' | 'storage' | 'events'>,
  metrics?: ClusteringMetrics,
): FaceClustering {
  const registry = ModelRegistry.load(config.models.dir);
  return createFaceClustering({
    config,
    storage,
    factsOf: (model) => registry.entry(model),
    logger,
    events: { bus: events.bus, topic: events.topics.faceEvents },
    metrics,
  });
}

/**
 * Where the REST API sends merges and moves: the clustering main.ts made (embedded), else face-cluster over
 * gRPC at settings cluster.address (cluster: face-cluster is the one writer of the clusters); close() lets go
 * of what was made here.
 */
export function clusterOperationsOf(deps: AppDeps): { operations: PersonClusterOperations; close(): void } {
  if (deps.clustering) return { operations: deps.clustering, close: () => {} };
  // embedded without one from main.ts (tests): a clustering of this app's own
  if (deps.config.runtime.profile === 'embedded')
    return { operations: createEmbeddedClustering(deps), close: () => {} };
  const client = FaceClusterClient.fromConfig(deps.config);
  return { operations: client, close: () => client.close() };
}
