// The re-embedding's Prometheus metrics: faces re-embedded, and the share done of the run in progress.

import type { ReindexProgress } from '@freeface/enrollment';
import type { Metrics } from '@freeface/observability';

export function reindexMetrics(metrics: Metrics | undefined) {
  if (!metrics) return { started: (_to: string) => {}, progress: (_p: ReindexProgress, _newly: number) => {} };
  const faces = metrics.counter('reindex_faces_total', 'faces re-embedded into a new embedder', ['model']);
  const share = metrics.gauge(
    'reindex_progress_ratio',
    'share of the faces of the running (or last) re-embedding that are done, 0 to 1',
    ['model'],
  );
  return {
    started: (to: string) => share.set({ model: to }, 0),
    progress: (p: ReindexProgress, newly: number) => {
      if (newly > 0) faces.inc({ model: p.to.id }, newly);
      share.set({ model: p.to.id }, p.status === 'completed' ? 1 : p.total > 0 ? Math.min(1, p.done / p.total) : 0);
    },
  };
}
