import { loadConfig } from '@freeface/config';
import { createLogger, Metrics } from '@freeface/observability';
import { FaceClusterClient, serviceCredential } from '@freeface/rpc';
import { type RunningProcess, startProcess } from '@freeface/runtime';
import { clusterRun } from '@freeface/storage/testing';
import { freePort, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../../packages/api/src/testing/api-client.js';
import { createTestApi, type TestApi } from '../../packages/api/src/testing/test-api.js';
import { CLUSTERING_ENV, runClusteringScenario } from './clustering-scenario.js';

// The face-cluster "Done when" against the real backends (`npm run backends:up`): enroll_async through Kafka
// to the enrollment workers, faces in ScyllaDB (Cassandra here), Milvus and S3, and the face-cluster service
// consuming the face events from Kafka and serving its gRPC API. A keyspace, a Milvus collection prefix and
// Kafka topics of this run only, removed at the end (and a bucket of its own, emptied and dropped).

// the pair of its embedded twin (createTestApi's), for the face-cluster process too: both must embed alike
const run = await clusterRun('fc', { ...CLUSTERING_ENV, FREEFACE_MODEL_PRESET: 'fast', FREEFACE_LOG_LEVEL: 'silent' });
const faces = requireTestData('faces');

describe.skipIf(!run.up || !faces)('face clustering end to end (cluster: Kafka, ScyllaDB, Milvus, S3)', () => {
  let api: TestApi | undefined;
  let faceCluster: RunningProcess | undefined;
  let client: FaceClusterClient | undefined;
  let faceIds: string[] = [];

  afterAll(async () => {
    if (api) {
      const call = apiCaller(api.app, await api.adminHeaders());
      for (const id of faceIds) await call('DELETE', `/faces/${id}`); // and their images in the shared bucket
    }
    client?.close();
    await faceCluster?.close();
    await api?.close();
    await run.erase();
  }, 180_000);

  it('makes eight persons of the eight identities and leaves each stranger alone', { timeout: 600_000 }, async () => {
    await run.migrate();

    const port = await freePort();
    const address = `127.0.0.1:${port}`;
    api = await createTestApi({ ...run.env, FREEFACE_CLUSTER_ADDRESS: address });
    const faceClusterEnv = {
      ...run.env,
      FREEFACE_EVENTS_TOPIC_PREFIX: api.deps.config.events.topicPrefix,
      FREEFACE_CLUSTER_HOST: '127.0.0.1',
      FREEFACE_CLUSTER_PORT: String(port),
    };
    const config = loadConfig(faceClusterEnv);
    faceCluster = await startProcess({
      config,
      roles: ['cluster'],
      admin: false,
      logger: createLogger({ name: 'face-cluster', level: 'silent' }),
      metrics: new Metrics('face-cluster'),
    });
    // the service token the platform's clients send: derived from the JWT secret the processes share
    client = new FaceClusterClient({ address, timeoutMs: 30_000, credential: serviceCredential(config.auth) });
    const grpc = client;
    // a second instance is a standby: it waits for the lease and serves nothing meanwhile
    const standbyConfig = loadConfig({ ...faceClusterEnv, FREEFACE_CLUSTER_PORT: String(await freePort()) });
    const stop = new AbortController();
    const standby = startProcess({
      config: standbyConfig,
      roles: ['cluster'],
      admin: false,
      logger: createLogger({ name: 'standby', level: 'silent' }),
      metrics: new Metrics('standby'),
      signal: stop.signal,
    });
    const standing = await Promise.race([
      standby.then(() => 'started'),
      new Promise((r) => setTimeout(r, 2000, 'waiting')),
    ]);
    stop.abort(new Error('test over'));
    await expect(standby).rejects.toThrow();
    expect(standing).toBe('waiting');

    const result = await runClusteringScenario(api, () => grpc.listClusters());
    faceIds = result.faceIds;
    expect(result.persons).toBe(8);
    expect(result.identities.f).toBeGreaterThanOrEqual(0.95);
    expect(result.all.f).toBeGreaterThanOrEqual(0.95);

    // merges and moves of the REST API go to face-cluster over gRPC
    const call = apiCaller(api.app, await api.headersFor('operator'));
    const [a, b] = (await call('GET', '/persons?limit=100')).body.data.persons;
    const merged = await call('POST', `/persons/${a.person_id}/merge`, { from_person_id: b.person_id });
    expect([merged.status, merged.body.data?.moved_faces]).toEqual([200, 5]);
    expect((await call('GET', `/persons/${b.person_id}`)).status).toBe(404);
    const [face] = (await grpc.listClusters()).clusters.find((c) => c.personId === a.person_id)?.faceIds ?? [];
    const other = (await call('POST', '/persons', { name: 'moved here' })).body.data.person_id;
    const moved = await call('POST', `/faces/${face}/move`, { person_id: other });
    expect(moved.body.data).toMatchObject({ face_id: face, person_id: other, previous_person_id: a.person_id });
    expect((await call('GET', `/faces/${face}`)).body.data.person_id).toBe(other);
  });
});
