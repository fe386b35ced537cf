#!/usr/bin/env -S node --import tsx
// api-server: wires settings -> logger, metrics, tracing, storage, models -> app, and listens. Nothing else.
import { ConfigError, loadConfig } from '@freeface/config';
import { createLogger, Metrics, startTracing } from '@freeface/observability';
import { instrumentStorage, openStorage } from '@freeface/storage';
import { openVision } from '@freeface/vision';
import { buildApp } from './app.js';
import { bootstrapAdmin } from './auth/bootstrap-admin.js';
import { withJwtSecret } from './auth/jwt-secret.js';

const SERVICE = 'api-server';

async function main(): Promise<void> {
  const config = await withJwtSecret(loadConfig());
  const logger = createLogger({ name: SERVICE, level: config.runtime.logLevel });
  const tracing = startTracing({
    serviceName: config.telemetry.serviceName ?? SERVICE,
    endpoint: config.telemetry.otlpEndpoint,
  });
  const [storage, vision] = await Promise.all([openStorage(config), openVision(config, logger)]);
  const metrics = new Metrics(SERVICE);
  const app = await buildApp({
    config,
    logger,
    metrics,
    storage: instrumentStorage(storage, metrics),
    analyzer: vision.analyzer,
  });
  await bootstrapAdmin({ config, logger, storage });
  await app.listen({ host: config.api.host, port: config.api.port });
  logger.info(
    { profile: config.runtime.profile },
    `FreeFace API on http://${config.api.host}:${config.api.port}/api/v1`,
  );

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down');
      await app.close();
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
