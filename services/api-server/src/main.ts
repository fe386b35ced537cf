#!/usr/bin/env -S node --import tsx
// api-server: wires settings -> logger, metrics, tracing, storage, models -> app, and listens. Nothing else.
// In the embedded profile (the default) this one process is the whole platform: the REST API with its
// enrollment workers, and the extractor's gRPC API on its own port.
import { ConfigError, loadConfig } from '@freeface/config';
import { startExtractorServer } from '@freeface/extractor';
import { createLogger, Metrics, startTracing } from '@freeface/observability';
import { instrumentStorage, openStorage } from '@freeface/storage';
import { openVision } from '@freeface/vision';
import { buildApp } from './app.js';
import { bootstrapAdmin } from './auth/bootstrap-admin.js';
import { withJwtSecret } from './auth/jwt-secret.js';
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
  const metrics = new Metrics(SERVICE);
  const app = await buildApp({
    config,
    logger,
    metrics,
    storage: instrumentStorage(storage, metrics),
    analyzer: vision.analyzer,
  });
  const admin = await bootstrapAdmin({ config, logger, storage });
  await app.listen({ host: config.api.host, port: config.api.port });
  const extractor =
    config.runtime.profile === 'embedded' ? await startExtractorServer({ config, vision, logger, metrics }) : undefined;
  console.log(startupBanner(config, admin, extractor?.port));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'shutting down');
      await Promise.all([app.close(), extractor?.shutdown()]);
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
