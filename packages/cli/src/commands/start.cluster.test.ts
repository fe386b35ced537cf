import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { allTopics, openEventBus } from '@freeface/events';
import { createLogger } from '@freeface/observability';
import { FACE_CLUSTER_SERVICE, FaceClusterClient } from '@freeface/rpc';
import { type MigrationTarget, Migrator, openScyllaMigrationTarget, readMigrations } from '@freeface/storage';
import { freePort, PROJECT_ROOT, requireBackend } from '@freeface/testing';
import { chooseModels, ModelRegistry } from '@freeface/vision';
import { afterAll, describe, expect, it } from 'vitest';
import { freefaceArgs, spawnFreeface, waitReady } from '../testing/freeface-process.js';

const MAIN = freefaceArgs('start', '--roles', 'cluster');

describe('freeface start --roles cluster', { timeout: 120_000 }, () => {
  it('stops at start with a message: a bad setting, or the embedded profile (npm start clusters there)', () => {
    const bad = spawnSync(process.execPath, MAIN, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FREEFACE_PROFILE: 'cluster', FREEFACE_CLUSTER_PORT: 'grpc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('face-cluster cannot start');
    expect(bad.stderr).toContain('FREEFACE_CLUSTER_PORT="grpc": expected a port number');
    const embedded = spawnSync(process.execPath, MAIN, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FREEFACE_PROFILE: 'embedded' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(embedded.status).toBe(1);
    expect(embedded.stderr).toContain('face-cluster runs inside `npm start` in the embedded profile');
    expect(embedded.stderr).not.toMatch(/\n\s+at /);
  });
});

const backends = await Promise.all(
  (['cassandra', 'milvus', 's3', 'redis', 'kafka'] as const).map((name) => requireBackend(name)),
);
const up = backends.every((b) => b.up);

describe.skipIf(!up)('freeface start --roles cluster against the real backends', () => {
  const suffix = randomBytes(5).toString('hex');
  const env = {
    FREEFACE_PROFILE: 'cluster',
    FREEFACE_JWT_SECRET: `face-cluster-main-test-${randomBytes(16).toString('hex')}`,
    FREEFACE_SERVICE_TOKEN: `face-cluster-service-token-${randomBytes(16).toString('hex')}`,
    FREEFACE_SCYLLA_KEYSPACE: `ff_fcmain_${suffix}`,
    FREEFACE_SCYLLA_REPLICATION: 'SimpleStrategy:1',
    FREEFACE_SCYLLA_CONSISTENCY: 'one',
    FREEFACE_MILVUS_COLLECTION_PREFIX: `ff_fcmain_${suffix}`,
    FREEFACE_EVENTS_TOPIC_PREFIX: `test-fcmain-${suffix}.`,
    FREEFACE_KAFKA_PARTITIONS: '1',
  };
  let target: MigrationTarget | undefined;
  afterAll(async () => {
    await target?.erase().catch(() => {});
    await target?.close();
    // the topics main made
    const { bus, topics } = await openEventBus(loadConfig(env), createLogger({ name: 'test', level: 'silent' }));
    await bus.deleteTopics(allTopics(topics).map((t) => t.name)).catch(() => {});
    await bus.close();
  }, 60_000);

  it('serves gRPC and the admin endpoint, and shuts down cleanly on SIGTERM', async () => {
    target = await openScyllaMigrationTarget(loadConfig(env));
    await new Migrator(target, readMigrations(join(PROJECT_ROOT, 'db/migration/scylla'), 'scylla')).up();
    const [grpcPort, adminPort] = [await freePort(), await freePort()];
    const { child, output } = spawnFreeface(MAIN, {
      ...env,
      FREEFACE_CLUSTER_HOST: '127.0.0.1',
      FREEFACE_CLUSTER_PORT: String(grpcPort),
      FREEFACE_API_HOST: '127.0.0.1',
      FREEFACE_ADMIN_PORT: String(adminPort),
    });
    try {
      await waitReady(`http://127.0.0.1:${adminPort}/health/ready`, child, 90_000);
      const address = `127.0.0.1:${grpcPort}`;
      const anonymous = new FaceClusterClient({ address, timeoutMs: 20_000 });
      await expect(anonymous.listClusters()).rejects.toMatchObject({ status: 'UNAUTHENTICATED' });
      anonymous.close();
      const credential = { serviceToken: env.FREEFACE_SERVICE_TOKEN };
      const client = new FaceClusterClient({ address, timeoutMs: 20_000, credential });
      expect(await client.health(FACE_CLUSTER_SERVICE)).toBe('SERVING');
      // the default preset's embedder (or fast's where its models are not prepared)
      const { embedder } = chooseModels(
        loadConfig({}),
        ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')),
      ).models;
      expect(await client.listClusters()).toEqual({ model: embedder, clusters: [], total: 0 });
      await expect(client.moveFace('no-such-face', 'no-such-person')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      client.close();
      const metrics = await (await fetch(`http://127.0.0.1:${adminPort}/metrics/prometheus`)).text();
      expect(metrics).toMatch(/freeface_face_cluster_call_seconds_count\{[^}]*method="ListClusters"[^}]*\} 1/);

      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code, output()).toBe(0);
      expect(output()).toContain('shutting down');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 150_000);
});
