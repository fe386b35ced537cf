#!/usr/bin/env -S node --import tsx
// api-server: wires settings -> logger, metrics, tracing, storage, models -> app, and listens. Nothing else.
// In the embedded profile (the default) this one process is the whole platform: the REST API with its
// enrollment workers and face clustering (on the in-process event bus), and the extractor's and face-cluster's
// gRPC APIs on their own ports.
import { clusteringMetrics } from '@freeface/clustering';
import { ConfigError, loadConfig } from '@freeface/config';
import { openEventBus } from '@freeface/events';
import { startExtractorServer } from '@freeface/extractor';
import { createLogger, Metrics, startTracing } from '@freeface/observability';
import { instrumentStorage, openStorage } from '@freeface/storage';
import { openVision } from '@freeface/vision';
import { buildApp } from './app.js';
import { bootstrapAdmin } from './auth/bootstrap-admin.js';
import { withJwtSecret } from './auth/jwt-secret.js';
import { startEmbeddedClustering } from './embedded-clustering.js';
import { startEmbeddedEnrollment } from './embedded-enrollment.js';
import { createEmbeddedClustering } from './services/cluster-operations.js';
import { startupBanner } from './startup-banner.js';

const SERVICE = 'api-server';

async function main(): Promise<void> {
  const config = await withJwtSecret(loadConfig());
  const logger = createLogger({ name: SERVICE, level: config.runtime.logLevel });
  const tracing = startTracing({
    serviceName: config.telemetry.serviceName ?? SERVICE,
    endpoint: config.telemetry.otlpEndpoint,
  });
  const [storage, vision] = await Promise.all([openStorage(config), openVision(config, logger)]);
  const events = await openEventBus(config, logger);
  const metrics = new Metrics(SERVICE);
  const base = {
    config,
    logger,
    metrics,
    storage: instrumentStorage(storage, metrics),
    analyzer: vision.analyzer,
    events,
  };
  // embedded: one clustering, shared by the REST API, the consumer of face events and the gRPC API
  const clusterCounters = clusteringMetrics(metrics);
  const clustering =
    config.runtime.profile === 'embedded' ? createEmbeddedClustering(base, clusterCounters) : undefined;
  const deps = { ...base, clustering };
  const app = await buildApp(deps);
  // cluster: the async-enroll service runs the workers
  const enrollment = config.runtime.profile === 'embedded' ? await startEmbeddedEnrollment(deps) : undefined;
  const admin = await bootstrapAdmin({ config, logger, storage });
  await app.listen({ host: config.api.host, port: config.api.port });
  const extractor =
    config.runtime.profile === 'embedded' ? await startExtractorServer({ config, vision, logger, metrics }) : undefined;
  // cluster: the face-cluster service clusters
  const faceCluster = clustering
    ? await startEmbeddedClustering(deps, clustering, { grpc: true, metrics: clusterCounters })
    : undefined;
  console.log(startupBanner(config, admin, extractor?.port, faceCluster?.port));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down');
      await Promise.all([app.close(), extractor?.shutdown(), enrollment?.close(), faceCluster?.close()]);
      await events.bus.close();
      await Promise.all([storage.close(), vision.close(), tracing.shutdown()]);
      process.exit(0);
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`${SERVICE} cannot start: ${error.message}`);
  } else {
    console.error(`${SERVICE} failed to start:`, error);
  }
  process.exit(1);
});
