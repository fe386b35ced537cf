import { DEFAULT_MODEL_PRESET } from '@freeface/config';
import { clusterRun } from '@freeface/storage/testing';
import { requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from './testing/api-client.js';
import { runRecognitionScenario } from './testing/recognition-scenario.js';
import { createTestApi, type TestApi } from './testing/test-api.js';

// The same scenario as e2e.embedded.test.ts in the cluster profile, against the real backends
// (`npm run backends:up`): ScyllaDB (Cassandra here), Milvus, S3, Redis and Kafka (face events). A keyspace, Milvus
// collections and a bucket of this run only, made by the migrations as `migrate up` makes them, dropped at the end,
// after every person is deleted through the API.

// the default preset: the accuracy a new user gets
const run = await clusterRun('e2e', { FREEFACE_MODEL_PRESET: DEFAULT_MODEL_PRESET });
const faces = requireTestData('faces');

/** Every person of this run's keyspace, with their faces and images, as a user deletes them. */
async function deleteEveryPerson(testApi: TestApi): Promise<void> {
  const call = apiCaller(testApi.app, await testApi.adminHeaders());
  for (;;) {
    const { persons } = (await call('GET', '/persons?limit=100')).body.data;
    if (persons.length === 0) return;
    for (const p of persons) expect((await call('DELETE', `/persons/${p.person_id}`)).status).toBe(200);
  }
}

describe.skipIf(!run.up || !faces)('recognition and tracking end to end (cluster: ScyllaDB, Milvus, S3, Redis)', () => {
  let api: TestApi | undefined;

  beforeAll(async () => {
    await run.migrate();
    api = await createTestApi(run.env);
  }, 300_000);

  afterAll(async () => {
    if (api) await deleteEveryPerson(api);
    await api?.close();
    await run.erase();
  }, 120_000);

  it('enrolls the identities, names the group photos, tracks, verifies and deletes', { timeout: 600_000 }, async () => {
    const result = await runRecognitionScenario(api as TestApi);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
