#!/usr/bin/env -S node --import tsx
// async-enroll: wires settings -> logger, metrics, tracing -> storage, event bus, extractor client -> the
// enrollment workers and webhooks, and the admin endpoint. Nothing else.
import { ConfigError, loadConfig } from '@freeface/config';
import { createLogger, Metrics, startAdminServer, startTracing } from '@freeface/observability';
import { type RunningAsyncEnroll, startAsyncEnroll } from './async-enroll.service.js';

const SERVICE = 'async-enroll';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ name: SERVICE, level: config.runtime.logLevel });
  const tracing = startTracing({
    serviceName: config.telemetry.serviceName ?? SERVICE,
    endpoint: config.telemetry.otlpEndpoint,
  });
  const metrics = new Metrics(SERVICE);
  let running: RunningAsyncEnroll | undefined;
  let stopping = false;
  // live at once; ready while the workers run
  const admin = await startAdminServer({
    host: config.api.host,
    port: config.api.adminPort,
    metrics,
    ready: () => running !== undefined && !stopping,
    logger,
  });
  const starting = new AbortController();

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down: handing back waiting jobs, finishing running ones');
      stopping = true;
      starting.abort();
      await running?.close();
      await admin.close();
      await tracing.shutdown();
      process.exit(0);
    });
  }

  running = await startAsyncEnroll(config, logger, metrics, starting.signal);
  if (stopping) return;
  logger.info({ workers: config.enroll.workers, profile: config.runtime.profile }, 'async-enroll ready');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`${SERVICE} cannot start: ${error.message}`);
  } else {
    console.error(`${SERVICE} failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
