#!/usr/bin/env -S node --import tsx
// npm run recluster: a full re-clustering, through face-cluster (or directly on the stores with --direct).
import { ConfigError, loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { runRecluster } from './recluster-command.js';

try {
  const config = loadConfig();
  const logger = createLogger({
    name: 'recluster',
    level: config.runtime.logLevel === 'info' ? 'warn' : config.runtime.logLevel,
  });
  process.exitCode = await runRecluster(process.argv.slice(2), config, logger, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
} catch (error) {
  console.error(error instanceof ConfigError ? `recluster cannot start: ${error.message}` : error);
  process.exitCode = 1;
}
