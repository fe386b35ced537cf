import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { openFaceClustering, type ServedFaceClustering, serveFaceClustering } from '@freeface/clustering';
import { serviceTokenOf } from '@freeface/rpc';
import { clusterRun } from '@freeface/storage/testing';
import { freePort, requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, apiCaller, b64 } from './testing/api-client.js';
import { createTestApi, type TestApi } from './testing/test-api.js';

// Clusters and jobs over REST in the cluster profile, against the real backends (`npm run backends:up`):
// the API reads the clusters and jobs from ScyllaDB (Cassandra here) and names a cluster through face-cluster's
// gRPC, and merges two clusters through it (served here beside the API on a port of its own, consuming the face events from Kafka). A keyspace,
// Milvus collections and a bucket of this run only, dropped at the end.

const clusterPort = await freePort();
const run = await clusterRun('cl', {
  FREEFACE_SERVICE_TOKEN: `clusters-token-${randomBytes(16).toString('hex')}`,
  FREEFACE_CLUSTER_HOST: '127.0.0.1',
  FREEFACE_CLUSTER_PORT: String(clusterPort),
  FREEFACE_CLUSTER_ADDRESS: `127.0.0.1:${clusterPort}`,
  FREEFACE_CLUSTER_MIN_FACES: '2',
});
const faces = requireTestData('faces');

async function waitFor<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 1200; i++) {
    const found = await check();
    if (found !== undefined) return found;
    await sleep(100);
  }
  throw new Error(`waited in vain for ${what}`);
}

describe.skipIf(!run.up || !faces)(
  'clusters and jobs over REST (cluster: ScyllaDB, Milvus, Kafka, face-cluster gRPC)',
  () => {
    let api: TestApi | undefined;
    let served: ServedFaceClustering | undefined;

    beforeAll(async () => {
      await run.migrate();
      api = await createTestApi(run.env);
      const { config, logger, storage, events } = api.deps;
      const clustering = openFaceClustering({ config, logger, storage, events });
      const serviceToken = serviceTokenOf(config.auth) as string;
      served = await serveFaceClustering({
        config,
        logger,
        events,
        clustering,
        grpc: { serviceToken, verifyApiKey: async () => undefined },
      });
    }, 300_000);

    afterAll(async () => {
      await served?.close();
      await api?.close();
      await run.erase();
    }, 120_000);

    it('lists the job and its cluster, merges two and names one into a person over gRPC', {
      timeout: 300_000,
    }, async () => {
      const call = apiCaller((api as TestApi).app, await (api as TestApi).adminHeaders());
      const enrolled = async (photo: string) => {
        const queued = await call('POST', '/faces/enroll_async', { image_data: b64(photo) });
        const jobId: string = queued.body.data.job_id;
        const done: Answer = await waitFor('the job to complete', async () => {
          const status = await call('GET', `/faces/enroll/status/${jobId}`);
          return status.body.data.status === 'completed' ? status : undefined;
        });
        const faceId: string = done.body.data.face_ids[0];
        const cluster = await waitFor('the face to be clustered', async () => {
          const page = await call('GET', '/clusters?samples=5');
          return page.body.data.clusters.find((c: { sample_faces: Array<{ face_id: string }> }) =>
            c.sample_faces.some((f) => f.face_id === faceId),
          );
        });
        return { jobId, faceId, cluster };
      };
      const { jobId, faceId, cluster } = await enrolled('identities/bernadette/bernadette1.png');
      const listed = await call('GET', '/faces/enroll/jobs?status=completed&priority=normal&limit=10');
      expect(listed.body.data.jobs.map((j: { job_id: string }) => j.job_id)).toContain(jobId);
      expect(cluster).toMatchObject({ person_id: null, face_count: 1 });

      // another face's cluster merged into hers
      const other = await enrolled('identities/penny/penny1.png');
      expect(other.cluster.cluster_id).not.toBe(cluster.cluster_id);
      const merged = await call('POST', `/clusters/${cluster.cluster_id}/merge`, {
        from_cluster_id: other.cluster.cluster_id,
      });
      expect(merged.status).toBe(200);
      expect(merged.body.data).toEqual({ cluster_id: cluster.cluster_id, merged_faces: 1, person_id: null });
      const unknown = await call('POST', `/clusters/${cluster.cluster_id}/merge`, {
        from_cluster_id: other.cluster.cluster_id,
      });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);

      const named = await call('POST', `/clusters/${cluster.cluster_id}/person`, { name: 'Bernadette' });
      expect(named.status).toBe(201);
      expect(named.body.data).toMatchObject({
        cluster_id: cluster.cluster_id,
        created_person: true,
        assigned_faces: 2,
      });
      expect((await call('GET', `/faces/${other.faceId}`)).body.data.person_id).toBe(named.body.data.person_id);
      const personId = named.body.data.person_id;
      expect((await call('GET', `/persons/${personId}`)).body.data.name).toBe('Bernadette');
      const status = await call('GET', `/faces/enroll/status/${jobId}`);
      expect(status.body.data.faces).toEqual([{ face_id: faceId, person_id: personId }]);
      const again = await call('POST', `/clusters/${cluster.cluster_id}/person`, { name: 'B' });
      expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
      expect((await call('DELETE', `/persons/${personId}`)).status).toBe(200);
    });
  },
);
