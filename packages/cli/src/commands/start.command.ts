import { parseArgs } from 'node:util';
import { ROLE_NAMES, runFreeface } from '@freeface/runtime';
import type { Command } from '../command.js';

export const startCommand: Command = {
  name: 'start',
  summary: 'run the platform: every role (embedded), or the roles given (cluster)',
  usage: `usage: freeface start [--roles <role,...>]
  --roles   roles of this process, comma-separated: ${ROLE_NAMES.join(', ')}
            (default: settings FREEFACE_ROLES; unset: every role in the embedded profile, api in the cluster one)
  api            REST API on FREEFACE_API_PORT (8080), with /api/v1/health and metrics
  extractor      face detection and embedding over gRPC on FREEFACE_EXTRACTOR_PORT (50051)
  enroll-worker  async enrollment workers and webhooks
  cluster        face clustering: consumer of face events, gRPC on FREEFACE_CLUSTER_PORT (50053)
A process without the api role serves /health/live, /health/ready and /metrics/prometheus on
FREEFACE_ADMIN_PORT. SIGTERM or SIGINT stops every role within FREEFACE_SHUTDOWN_TIMEOUT_MS.`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { roles: { type: 'string' } } });
    const roles = values.roles
      ?.split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    await runFreeface({ roles, out: io.out, err: io.err });
    return 'running';
  },
};
