// freeface recluster: a full re-clustering, through face-cluster (or directly on the stores with --direct).
import { loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import type { Command } from '../command.js';
import { RECLUSTER_USAGE, runRecluster } from '../recluster/recluster-command.js';

export const reclusterCommand: Command = {
  name: 'recluster',
  summary: 'cluster again, from scratch, the faces of no person and of the persons clustering made',
  usage: RECLUSTER_USAGE,
  async run(argv, io) {
    const config = loadConfig();
    const logger = createLogger({
      name: 'recluster',
      level: config.runtime.logLevel === 'info' ? 'warn' : config.runtime.logLevel,
    });
    return runRecluster(argv, config, logger, io);
  },
};
