import type { Config } from '@freeface/config';
import { ConfigError } from '@freeface/config';
import { ROLE_NAMES, type Role, type RoleName } from './role.js';
import { apiRole } from './roles/api.role.js';
import { clusterRole } from './roles/cluster.role.js';
import { enrollWorkerRole } from './roles/enroll-worker.role.js';
import { extractorRole } from './roles/extractor.role.js';

/** Every role, in the order a process starts them (and stops them in reverse). */
export const ROLES: Readonly<Record<RoleName, Role>> = {
  api: apiRole,
  extractor: extractorRole,
  'enroll-worker': enrollWorkerRole,
  cluster: clusterRole,
};

/**
 * The roles of a process: those asked (`--roles`, else settings runtime.roles), else every role in the
 * embedded profile and the api alone in the cluster profile; in start order, each once.
 */
export function chooseRoles(config: Config | undefined, asked?: readonly string[] | undefined): RoleName[] {
  const byProfile = config?.runtime.profile === 'cluster' ? ['api'] : ROLE_NAMES;
  const wanted = asked?.length ? asked : (config?.runtime.roles ?? byProfile);
  const unknown = wanted.filter((name) => !(ROLE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new ConfigError([
      `--roles=${JSON.stringify(wanted.join(','))}: expected a comma-separated list of: ${ROLE_NAMES.join(', ')}`,
    ]);
  }
  return ROLE_NAMES.filter((name) => wanted.includes(name));
}

/** The name of a process in its logs, metrics and traces: the deployment of its first role (embedded: api-server). */
export const processName = (roles: readonly RoleName[]): string => ROLES[roles[0] ?? 'api'].service;
