import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@freeface/config';
import type { Role } from '@freeface/domain';
import { createLogger, Metrics } from '@freeface/observability';
import { instrumentStorage, openStorage } from '@freeface/storage';
import { PROJECT_ROOT } from '@freeface/testing';
import { openVision } from '@freeface/vision';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { bootstrapAdmin } from '../auth/bootstrap-admin.js';
import { withJwtSecret } from '../auth/jwt-secret.js';

export interface TestApi {
  app: FastifyInstance;
  deps: AppDeps;
  /** headers of the first admin (FREEFACE_ADMIN_USER, 'admin' unless env says otherwise), logged in once */
  adminHeaders(): Promise<Record<string, string>>;
  /** headers of a user with this role, made (once) by the admin and logged in */
  headersFor(role: Role): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export const TEST_ADMIN = { username: 'admin', password: 'admin-password-123' } as const;
const TEST_USER_PASSWORD = 'test-password-123';
/** the cluster profile requires a signing secret; tests against the real backends get this one */
const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef';

/** Logs in through the API and answers the headers that carry the access token. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<Record<string, string>> {
  const response = await app.inject({
    method: 'POST',
    url: `${API_PREFIX}/auth/login`,
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login as ${username} failed: ${response.statusCode} ${response.body}`);
  return { authorization: `Bearer ${response.json().data.access_token}` };
}

/** Makes the user (already there from an earlier run against shared backends is fine) and logs in. */
async function createUserAndLogin(
  app: FastifyInstance,
  admin: Record<string, string>,
  username: string,
  role: Role,
): Promise<Record<string, string>> {
  const payload = { username, password: TEST_USER_PASSWORD, role };
  const created = await app.inject({ method: 'POST', url: `${API_PREFIX}/users`, headers: admin, payload });
  if (created.statusCode !== 200 && created.statusCode !== 409) {
    throw new Error(`creating user ${username} failed: ${created.statusCode} ${created.body}`);
  }
  return loginAs(app, username, TEST_USER_PASSWORD);
}

/**
 * The real API over real models and real storage: the embedded profile in a fresh temp data dir unless
 * `env` says otherwise (e.g. FREEFACE_PROFILE=cluster with the real backends).
 */
export async function createTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config: Config = await withJwtSecret(
    loadConfig({
      FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-api-')),
      FREEFACE_MODELS_DIR: join(PROJECT_ROOT, 'models/weights'),
      FREEFACE_LOG_LEVEL: 'silent',
      FREEFACE_ADMIN_USER: TEST_ADMIN.username,
      FREEFACE_ADMIN_PASSWORD: TEST_ADMIN.password,
      // every test request comes from one IP; a test of the rate limits sets its own
      FREEFACE_RATE_LIMIT_PER_MINUTE: '1000000',
      ...(env.FREEFACE_PROFILE === 'cluster' ? { FREEFACE_JWT_SECRET: TEST_JWT_SECRET } : {}),
      ...env,
    }),
  );
  const logger = createLogger({ name: 'api-test', level: config.runtime.logLevel });
  const [storage, vision] = await Promise.all([openStorage(config), openVision(config, logger)]);
  const metrics = new Metrics('api-server');
  const deps: AppDeps = {
    config,
    logger,
    metrics,
    storage: instrumentStorage(storage, metrics),
    analyzer: vision.analyzer,
  };
  const app = await buildApp(deps);
  await bootstrapAdmin(deps);

  const { adminUser, adminPassword } = config.auth;
  let admin: Promise<Record<string, string>> | undefined;
  const adminHeaders = () => {
    if (!adminUser || !adminPassword) {
      return Promise.reject(new Error('this test API has no admin (FREEFACE_ADMIN_USER is empty)'));
    }
    admin ??= loginAs(app, adminUser, adminPassword);
    return admin;
  };
  const byRole = new Map<Role, Promise<Record<string, string>>>();
  const headersFor = (role: Role) => {
    if (role === 'admin') return adminHeaders();
    let headers = byRole.get(role);
    if (!headers) {
      headers = adminHeaders().then((admin) => createUserAndLogin(app, admin, `test-${role}`, role));
      byRole.set(role, headers);
    }
    return headers;
  };
  return {
    app,
    deps,
    adminHeaders,
    headersFor,
    async close() {
      await app.close();
      await Promise.all([storage.close(), vision.close()]);
    },
  };
}
