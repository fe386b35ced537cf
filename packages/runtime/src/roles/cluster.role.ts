// The cluster role: face clustering, the consumer of face events and the face-cluster gRPC API. One
// instance works as the only writer of the clusters: embedded, it shares the process's clustering with the
// api role; cluster, it first waits for the lease in the cache, so that a second instance is a standby.
import { acquireLease, clusteringMetrics, openFaceClustering, serveFaceClustering } from '@freeface/clustering';
import { ConfigError, grpcListenHost } from '@freeface/config';
import { adapter, type Role } from '../role.js';
import { grpcAuthOf, withServiceToken } from '../service-token.js';

/** How long the lease of the working instance outlives it: a standby takes over at most this long after. */
const LEASE_SECONDS = 15;

export const clusterRole: Role = {
  name: 'cluster',
  service: 'face-cluster',
  needs: () => ['storage', 'events'],
  check(config, roles) {
    if (config.runtime.profile === 'embedded' && !roles.includes('api')) {
      throw new ConfigError([
        'FREEFACE_PROFILE="embedded": face-cluster runs inside `npm start` in the embedded profile (the clusters have one writer); set FREEFACE_PROFILE=cluster to run it on its own',
      ]);
    }
  },
  async start(context) {
    const { logger, metrics, shutdown } = context;
    const config = await withServiceToken(context.config);
    const storage = adapter(context, 'storage', 'cluster');
    const events = adapter(context, 'events', 'cluster');
    const counters = clusteringMetrics(metrics);
    let clustering = config.runtime.profile === 'embedded' ? context.sharedClustering() : undefined;
    if (!clustering) {
      const lease = await acquireLease(
        {
          cache: storage.cache,
          key: `face-cluster-lease:${config.events.topicPrefix}`,
          ttlSeconds: LEASE_SECONDS,
          logger,
        },
        context.signal,
      );
      shutdown.add('cluster: lease', () => lease.release());
      void lease.lost.then(() => context.fail(new Error('another face-cluster took over the clusters')));
      clustering = openFaceClustering({ config, logger, storage, events, metrics: counters });
    }
    const grpc = grpcAuthOf(config, storage.metadata);
    const served = await serveFaceClustering({ config, logger, events, clustering, grpc, metrics: counters });
    // finishes the event and the calls in hand (settings cluster.graceMs)
    shutdown.add('cluster: consumer and gRPC server', () => served.close());
    const port = served.port ?? config.cluster.port;
    return {
      endpoints: [{ name: 'face-cluster', scheme: 'grpc', host: grpcListenHost(config, config.cluster.host), port }],
      facts: { port, model: clustering.defaultModel },
    };
  },
};
