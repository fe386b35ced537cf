import type { Config } from '@freeface/config';
import type { OpenedEventBus } from '@freeface/events';
import type { Logger } from '@freeface/observability';
import type { GrpcAuth } from '@freeface/rpc';
import type { ClusteringMetrics } from './clustering.metrics.js';
import { startFaceClusterServer } from './face-cluster.grpc.js';
import type { FaceClustering } from './face-clustering.js';
import { faceClusterGroup, startFaceClustering } from './face-event-consumer.js';

export interface ServedFaceClustering {
  /** the face-cluster gRPC port, when served */
  readonly port: number | undefined;
  close(): Promise<void>;
}

export interface ServeFaceClusteringDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** the process's event bus: face events come and go on its faceEvents topic */
  readonly events: OpenedEventBus;
  readonly clustering: FaceClustering;
  /** the face-cluster gRPC API on settings cluster.host:port too, behind this auth; false: the consumer only */
  readonly grpc: false | GrpcAuth;
  readonly metrics?: ClusteringMetrics | undefined;
}

/**
 * face-cluster at work on a FaceClustering: the consumer that clusters faces enrolled under no person as they
 * arrive, and (grpc: its auth) the face-cluster gRPC API. The cluster role runs it; tests run it beside their API.
 */
export async function serveFaceClustering({
  config,
  logger,
  events,
  clustering,
  grpc: auth,
  metrics,
}: ServeFaceClusteringDeps): Promise<ServedFaceClustering> {
  const log = logger.child({ component: 'face-cluster' });
  const subscription = await startFaceClustering({
    bus: events.bus,
    topic: events.topics.faceEvents,
    clustering,
    logger: log,
    group: faceClusterGroup(config),
    metrics,
  });
  try {
    const grpc = auth ? await startFaceClusterServer({ config, clustering, auth, logger: log, metrics }) : undefined;
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
