import type { Metrics } from '@freeface/observability';
import type { CallRecord } from '@freeface/rpc';
import type { FaceAssignment } from './face-assigner.js';
import type { FaceClustering } from './face-clustering.js';

export type ClusteringMetrics = ReturnType<typeof clusteringMetrics>;

/** face-cluster's own metrics, in the registry of the process that runs it (face-cluster or embedded). */
export function clusteringMetrics(metrics: Metrics) {
  const events = metrics.counter('face_cluster_events_total', 'face events handled, by type and outcome', [
    'type',
    'outcome',
  ]);
  const assigned = metrics.counter('face_cluster_faces_assigned_total', 'faces clustering moved, by reason', [
    'reason',
  ]);
  const calls = metrics.histogram('face_cluster_call_seconds', 'gRPC calls by method and status', ['method', 'status']);
  const merges = metrics.counter('face_cluster_merges_total', 'persons merged into another');
  const mergedFaces = metrics.counter('face_cluster_merged_faces_total', 'faces moved by merges of persons');
  const clusters = metrics.gauge('face_cluster_clusters', 'clusters of the default model (persons clustering made)');
  return {
    merged(movedFaces: number): void {
      merges.inc();
      mergedFaces.inc(movedFaces);
    },
    /** the clusters of the process's clustering, counted at each scrape */
    watch(clustering: FaceClustering): void {
      metrics.collectBefore(async () => {
        // a store that cannot answer now leaves the last count (the scrape goes on)
        await clustering.listClusters().then(
          (list) => clusters.set(list.length),
          () => undefined,
        );
      });
    },
    /** One face event, handled or failed (failed ones come again). */
    event(type: string, outcome: 'ok' | 'error'): void {
      events.inc({ type, outcome });
    },
    assigned(changes: readonly FaceAssignment[]): void {
      for (const change of changes) assigned.inc({ reason: change.reason });
    },
    /** A finished gRPC call (the hook of @freeface/rpc's unary()). */
    onCall(record: CallRecord): void {
      calls.observe({ method: record.method, status: record.status }, record.seconds);
    },
  };
}
