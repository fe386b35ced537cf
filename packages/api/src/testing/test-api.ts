import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaceClustering, openFaceClustering, serveFaceClustering } from '@freeface/clustering';
import { type Config, loadConfig } from '@freeface/config';
import type { Role } from '@freeface/domain';
import { type AsyncEnrollment, consumerGroups, startEnrollmentWorkers } from '@freeface/enrollment';
import { allTopics, openEventBus } from '@freeface/events';
import { createLogger, Metrics } from '@freeface/observability';
import { instrumentStorage, openStorage } from '@freeface/storage';
import { PROJECT_ROOT } from '@freeface/testing';
import { openVision } from '@freeface/vision';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { bootstrapAdmin } from '../auth/bootstrap-admin.js';
import { withJwtSecret } from '../auth/jwt-secret.js';
import { enrollmentExtract } from '../services/face-analysis.js';

export interface TestApi {
  app: FastifyInstance;
  deps: AppDeps;
  /** the async enrollment workers and webhooks of this API, in its process */
  enrollment: AsyncEnrollment;
  /** embedded: the face clustering of this API, in its process, consuming its face events */
  clustering: FaceClustering | undefined;
  /** headers of the first admin (FREEFACE_ADMIN_USER, 'admin' unless env says otherwise), logged in once */
  adminHeaders(): Promise<Record<string, string>>;
  /** headers of a user with this role, made (once) by the admin and logged in */
  headersFor(role: Role): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** where a test's API writes its log lines (a stream the test reads) */
type LogDestination = NonNullable<Parameters<typeof createLogger>[0]['destination']>;

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
  if (created.statusCode !== 201 && created.statusCode !== 409) {
    throw new Error(`creating user ${username} failed: ${created.statusCode} ${created.body}`);
  }
  return loginAs(app, username, TEST_USER_PASSWORD);
}

/**
 * The real API over real models and real storage, with the async enrollment workers in its process: the
 * embedded profile in a fresh temp data dir unless `env` says otherwise (e.g. FREEFACE_PROFILE=cluster with
 * the real backends; then Kafka topics of this API only, deleted on close).
 */
export async function createTestApi(
  env: Record<string, string> = {},
  options: { logDestination?: LogDestination } = {},
): Promise<TestApi> {
  const config: Config = await withJwtSecret(
    loadConfig({
      FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-api-')),
      FREEFACE_MODELS_DIR: join(PROJECT_ROOT, 'models/weights'),
      FREEFACE_LOG_LEVEL: 'silent',
      FREEFACE_ADMIN_USER: TEST_ADMIN.username,
      FREEFACE_ADMIN_PASSWORD: TEST_ADMIN.password,
      // every test request comes from one IP; a test of the rate limits sets its own
      FREEFACE_RATE_LIMIT_PER_MINUTE: '1000000',
      ...(env.FREEFACE_PROFILE === 'cluster'
        ? {
            FREEFACE_JWT_SECRET: TEST_JWT_SECRET,
            FREEFACE_EVENTS_TOPIC_PREFIX: `test-${randomBytes(5).toString('hex')}.`,
          }
        : {}),
      ...env,
    }),
  );
  const logger = createLogger({
    name: 'api-test',
    level: config.runtime.logLevel,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });
  const [storage, vision] = await Promise.all([openStorage(config), openVision(config, logger)]);
  const events = await openEventBus(config, logger);
  const metrics = new Metrics('api-server');
  const base = {
    config,
    logger,
    metrics,
    storage: instrumentStorage(storage, metrics),
    analyzer: vision.analyzer,
    events,
  };
  // embedded: face clustering in this process too, as npm start runs it (cluster: a test starts face-cluster)
  const clustering =
    config.runtime.profile === 'embedded' ? openFaceClustering({ ...base, metrics: undefined }) : undefined;
  const deps: AppDeps = { ...base, clustering };
  const app = await buildApp(deps);
  // the workers as the runtime's enroll-worker role runs them in the embedded profile: the analyzer in process
  const enrollment = await startEnrollmentWorkers({
    ...base,
    embedder: vision.analyzer.embedder,
    extract: enrollmentExtract(vision.analyzer),
  });
  const clusteringRun = clustering
    ? await serveFaceClustering({ ...base, clustering, grpc: false, metrics: undefined })
    : undefined;
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
    enrollment,
    clustering,
    adminHeaders,
    headersFor,
    async close() {
      await app.close();
      await enrollment.close();
      await clusteringRun?.close();
      if (config.runtime.profile === 'cluster') {
        await events.bus.deleteTopics(allTopics(events.topics).map((t) => t.name)).catch(() => {});
        await events.bus.deleteGroups(Object.values(consumerGroups(config))).catch(() => {});
      }
      await events.bus.close();
      await Promise.all([storage.close(), vision.close()]);
    },
  };
}
