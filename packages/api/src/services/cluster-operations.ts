import { openFaceClustering, type PersonClusterOperations } from '@freeface/clustering';
import { FaceClusterClient } from '@freeface/rpc';
import type { AppDeps } from '../app-deps.js';

/**
 * Where the REST API sends merges and moves: the process's clustering (embedded: the runtime shares one with
 * the cluster role), else face-cluster over gRPC at settings cluster.address (cluster: face-cluster is the
 * one writer of the clusters); close() lets go of what was made here.
 */
export function clusterOperationsOf(deps: AppDeps): { operations: PersonClusterOperations; close(): void } {
  if (deps.clustering) return { operations: deps.clustering, close: () => {} };
  // embedded without one given (tests): a clustering of this app's own
  if (deps.config.runtime.profile === 'embedded')
    return { operations: openFaceClustering({ ...deps, metrics: undefined }), close: () => {} };
  const client = FaceClusterClient.fromConfig(deps.config);
  return { operations: client, close: () => client.close() };
}
