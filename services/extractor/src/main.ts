#!/usr/bin/env -S node --import tsx
// extractor: wires settings -> logger, metrics, tracing -> models -> gRPC server and admin endpoint. Nothing else.
import { ConfigError, loadConfig } from '@freeface/config';
import { createLogger, Metrics, startAdminServer, startTracing } from '@freeface/observability';
import { openVision } from '@freeface/vision';
import { startExtractorServer } from './start-extractor-server.js';

const SERVICE = 'extractor';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ name: SERVICE, level: config.runtime.logLevel });
  const tracing = startTracing({
    serviceName: config.telemetry.serviceName ?? SERVICE,
    endpoint: config.telemetry.otlpEndpoint,
  });
  const metrics = new Metrics(SERVICE);
  let ready = false;
  // live while the models load; ready once they are loaded and gRPC is bound
  const admin = await startAdminServer({
    host: config.api.host,
    port: config.api.adminPort,
    metrics,
    ready: () => ready,
    logger,
  });
  const vision = await openVision(config, logger);
  const grpc = await startExtractorServer({ config, vision, logger, metrics });
  ready = true;
  logger.info(
    { detector: vision.analyzer.detector.id, embedder: vision.analyzer.embedder.id },
    `extractor ready on port ${grpc.port}`,
  );

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down: finishing the calls in progress');
      ready = false;
      await grpc.shutdown();
      await admin.close();
      await vision.close();
      await tracing.shutdown();
      process.exit(0);
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`${SERVICE} cannot start: ${error.message}`);
  } else {
    console.error(`${SERVICE} failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
