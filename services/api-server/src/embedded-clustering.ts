import {
  type ClusteringMetrics,
  type FaceClustering,
  faceClusterGroup,
  startFaceClustering,
  startFaceClusterServer,
} from '@freeface/clustering';
import type { AppDeps } from './app-deps.js';

export interface EmbeddedClustering {
  /** the face-cluster gRPC port, when served */
  readonly port: number | undefined;
  close(): Promise<void>;
}

/**
 * face-cluster inside this process, on its event bus: the consumer that clusters faces enrolled under no person
 * as they arrive, and (grpc: true) the face-cluster gRPC API on settings cluster.port. What the embedded
 * profile runs instead of the face-cluster service (same code).
 */
export async function startEmbeddedClustering(
  { config, logger, events }: Pick<AppDeps, 'config' | 'logger' | 'events'>,
  clustering: FaceClustering,
  options: { grpc: boolean; metrics?: ClusteringMetrics | undefined },
): Promise<EmbeddedClustering> {
  const log = logger.child({ component: 'face-cluster' });
  const subscription = await startFaceClustering({
    bus: events.bus,
    topic: events.topics.faceEvents,
    clustering,
    logger: log,
    group: faceClusterGroup(config),
    metrics: options.metrics,
  });
  try {
    const grpc = options.grpc
      ? await startFaceClusterServer({ config, clustering, logger: log, metrics: options.metrics })
      : undefined;
    return {
      port: grpc?.port,
      async close() {
        await subscription.close();
        await grpc?.shutdown(config.cluster.graceMs);
      },
    };
  } catch (error) {
    await subscription.close();
    throw error;
  }
}
