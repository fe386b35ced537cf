import {
  acquireLease,
  clusteringMetrics,
  createFaceClustering,
  type FaceClustering,
  faceClusterGroup,
  startFaceClustering,
  startFaceClusterServer,
} from '@freeface/clustering';
import type { Config } from '@freeface/config';
import { openEventBus } from '@freeface/events';
import type { Logger, Metrics } from '@freeface/observability';
import { instrumentStorage, openStorage } from '@freeface/storage';
import { ModelRegistry } from '@freeface/vision';

export interface RunningFaceCluster {
  /** the gRPC port bound */
  readonly port: number;
  readonly clustering: FaceClustering;
  /** resolves if another instance took over (this one must stop at once) */
  readonly lost: Promise<void>;
  /** stops taking events and calls, lets the ones in hand finish (settings cluster.graceMs), closes the backends */
  close(): Promise<void>;
}

/** How long the lease of the working instance outlives it: a standby takes over at most this long after. */
const LEASE_SECONDS = 15;

/**
 * face-cluster: storage and the event bus of the settings, the clustering over them, its gRPC server, and
 * the consumer of face events. One instance works, as the only writer of the clusters: this waits (aborted
 * by `signal`) until it holds the lease in the cache, so that a second instance is a standby.
 */
export async function startFaceCluster(
  config: Config,
  logger: Logger,
  metrics: Metrics,
  signal?: AbortSignal,
): Promise<RunningFaceCluster> {
  const storage = instrumentStorage(await openStorage(config), metrics);
  const closers: Array<() => Promise<unknown>> = [() => storage.close()];
  const closeAll = async () => {
    for (const close of closers.reverse())
      await close().catch((error: unknown) => logger.warn({ err: error }, 'close failed'));
  };
  try {
    const lease = await acquireLease(
      {
        cache: storage.cache,
        key: `face-cluster-lease:${config.events.topicPrefix}`,
        ttlSeconds: LEASE_SECONDS,
        logger,
      },
      signal,
    );
    closers.push(() => lease.release());
    const { bus, topics } = await openEventBus(config, logger);
    closers.push(() => bus.close());
    const registry = ModelRegistry.load(config.models.dir);
    const counters = clusteringMetrics(metrics);
    const clustering = createFaceClustering({
      config,
      storage,
      factsOf: (model) => registry.entry(model),
      logger,
      events: { bus, topic: topics.faceEvents },
      metrics: counters,
    });
    const grpc = await startFaceClusterServer({ config, clustering, logger, metrics: counters });
    closers.push(() => grpc.shutdown(config.cluster.graceMs));
    const subscription = await startFaceClustering({
      bus,
      topic: topics.faceEvents,
      clustering,
      logger,
      metrics: counters,
      group: faceClusterGroup(config),
    });
    closers.push(() => subscription.close());
    return { port: grpc.port, clustering, lost: lease.lost, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
