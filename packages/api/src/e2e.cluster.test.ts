import { randomBytes } from 'node:crypto';
import { DEFAULT_MODEL_PRESET, loadConfig } from '@freeface/config';
import { type MigrationTarget, migrateAll } from '@freeface/storage';
import { requireBackend, requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from './testing/api-client.js';
import { runRecognitionScenario } from './testing/recognition-scenario.js';
import { createTestApi, type TestApi } from './testing/test-api.js';

// The same scenario as e2e.embedded.test.ts in the cluster profile, against the real backends
// (`npm run backends:up`): ScyllaDB (Cassandra here), Milvus, S3, Redis and Kafka (face events). A keyspace and a Milvus
// collection prefix of this run only, made by the migrations as `migrate up` makes them, dropped at the end;
// the images in the shared bucket go with the persons, deleted through the API before that.

const backends = await Promise.all(
  (['cassandra', 'milvus', 's3', 'redis', 'kafka'] as const).map((name) => requireBackend(name)),
);
const up = backends.every((b) => b.up);
const faces = requireTestData('faces');
const suffix = randomBytes(5).toString('hex');
const env = {
  FREEFACE_PROFILE: 'cluster',
  FREEFACE_JWT_SECRET: `e2e-cluster-secret-${randomBytes(16).toString('hex')}`,
  FREEFACE_SCYLLA_KEYSPACE: `ff_e2e_${suffix}`,
  FREEFACE_SCYLLA_REPLICATION: 'SimpleStrategy:1',
  FREEFACE_SCYLLA_CONSISTENCY: 'one',
  FREEFACE_MILVUS_COLLECTION_PREFIX: `ff_e2e_${suffix}`,
};

/** Every person of this run's keyspace, with their faces and images (the bucket is shared between runs). */
async function deleteEveryPerson(testApi: TestApi): Promise<void> {
  const call = apiCaller(testApi.app, await testApi.adminHeaders());
  for (;;) {
    const { persons } = (await call('GET', '/persons?limit=100')).body.data;
    if (persons.length === 0) return;
    for (const p of persons) expect((await call('DELETE', `/persons/${p.person_id}`)).status).toBe(200);
  }
}

describe.skipIf(!up || !faces)('recognition and tracking end to end (cluster: ScyllaDB, Milvus, S3, Redis)', () => {
  let api: TestApi | undefined;
  const targets: MigrationTarget[] = [];

  beforeAll(async () => {
    targets.push(...(await migrateAll(loadConfig(env))));
    // the default preset: the accuracy a new user gets
    api = await createTestApi({ FREEFACE_MODEL_PRESET: DEFAULT_MODEL_PRESET, ...env });
  }, 300_000);

  afterAll(async () => {
    if (api) await deleteEveryPerson(api);
    await api?.close();
    for (const target of targets) {
      await target.erase().catch(() => {});
      await target.close();
    }
  }, 120_000);

  it('enrolls the identities, names the group photos, tracks, verifies and deletes', { timeout: 600_000 }, async () => {
    const result = await runRecognitionScenario(api as TestApi);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
