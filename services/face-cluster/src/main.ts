#!/usr/bin/env -S node --import tsx
// face-cluster: wires settings -> logger, metrics, tracing -> storage, event bus -> the clustering, its gRPC
// server and its consumer of face events, and the admin endpoint. Nothing else.
import { ConfigError, loadConfig } from '@freeface/config';
import { createLogger, Metrics, startAdminServer, startTracing } from '@freeface/observability';
import { type RunningFaceCluster, startFaceCluster } from './start-face-cluster.js';

const SERVICE = 'face-cluster';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.runtime.profile === 'embedded') {
    throw new ConfigError([
      'FREEFACE_PROFILE="embedded": face-cluster runs inside `npm start` in the embedded profile (the clusters have one writer); set FREEFACE_PROFILE=cluster to run it on its own',
    ]);
  }
  const logger = createLogger({ name: SERVICE, level: config.runtime.logLevel });
  const tracing = startTracing({
    serviceName: config.telemetry.serviceName ?? SERVICE,
    endpoint: config.telemetry.otlpEndpoint,
  });
  const metrics = new Metrics(SERVICE);
  let running: RunningFaceCluster | undefined;
  let stopping = false;
  const starting = new AbortController();
  // live at once; ready once the clusters are served and the events consumed
  const admin = await startAdminServer({
    host: config.api.host,
    port: config.api.adminPort,
    metrics,
    ready: () => running !== undefined && !stopping,
    logger,
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down: finishing the event and the calls in hand');
      stopping = true;
      starting.abort();
      await running?.close();
      await admin.close();
      await tracing.shutdown();
      process.exit(0);
    });
  }

  // a standby waits here, not ready, until the working instance goes
  running = await startFaceCluster(config, logger, metrics, starting.signal);
  if (stopping) return;
  void running.lost.then(() => {
    logger.fatal('another face-cluster took over the clusters: stopping at once');
    process.exit(1);
  });
  logger.info(
    { port: running.port, model: running.clustering.defaultModel },
    `face-cluster ready on port ${running.port}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`${SERVICE} cannot start: ${error.message}`);
  } else {
    console.error(`${SERVICE} failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
