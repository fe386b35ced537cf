import type { Config } from '@freeface/config';
import { API_PREFIX } from './app.js';
import type { BootstrapResult } from './auth/bootstrap-admin.js';

/** What a person needs after `npm start`: where the API is, and how to log in. */
export function startupBanner(
  config: Config,
  admin: BootstrapResult,
  extractorPort?: number,
  faceClusterPort?: number,
): string {
  const host = config.api.host === '0.0.0.0' ? 'localhost' : config.api.host;
  const base = `http://${host}:${config.api.port}`;
  const login =
    typeof admin === 'object'
      ? `  log in as admin with password ${admin.generated} (also in ${admin.passwordFile})`
      : config.auth.adminUser
        ? `  log in as ${config.auth.adminUser} with FREEFACE_ADMIN_PASSWORD`
        : '  log in with a user an admin made (POST /api/v1/users)';
  const username = typeof admin === 'object' ? 'admin' : (config.auth.adminUser ?? 'admin');
  return [
    '',
    `FreeFace is running (${config.runtime.profile} profile${config.runtime.profile === 'embedded' ? `, data in ${config.runtime.dataDir}` : ''})`,
    `  REST API      ${base}${API_PREFIX}`,
    `  API docs      ${base}/docs`,
    ...(extractorPort ? [`  extractor     grpc://${host}:${extractorPort} (gRPC, reflection on)`] : []),
    ...(faceClusterPort ? [`  face-cluster  grpc://${host}:${faceClusterPort} (gRPC, reflection on)`] : []),
    login,
    `  curl -s -X POST ${base}${API_PREFIX}/auth/login -H 'content-type: application/json' \\`,
    `       -d '{"username":"${username}","password":"..."}'`,
    '',
  ].join('\n');
}
