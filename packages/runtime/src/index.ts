// @freeface/runtime: the one composition root. A process runs roles (api, extractor, enroll-worker, cluster)
// on adapters opened once, serves health and metrics, handles signals and stops in reverse order of start.
export {
  type Adapters,
  adapter,
  type Endpoint,
  type Need,
  ROLE_NAMES,
  type Role,
  type RoleContext,
  type RoleName,
  type StartedRole,
} from './role.js';
export { chooseRoles, processName, ROLES } from './roles.js';
export { type RunHandle, type RunOptions, runFreeface } from './run-freeface.js';
export { apiKeyVerifier, grpcAuthOf, withServiceToken } from './service-token.js';
export { Shutdown, type ShutdownReport } from './shutdown.js';
export { type ProcessOptions, type RunningProcess, startProcess } from './start-process.js';
