import { createLogger } from '@freeface/observability';
import { TEST_API_KEYS, testGrpcAuth, testServiceCredential } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractorClient } from './extractor/extractor.client.js';
import { EXTRACTOR_SERVICE, type ExtractorHandlers, extractorService } from './extractor/extractor.server.js';
import { FaceClusterClient } from './face-cluster/face-cluster.client.js';
import {
  FACE_CLUSTER_SERVICE,
  type FaceClusterHandlers,
  faceClusterService,
} from './face-cluster/face-cluster.server.js';
import type { Credential } from './grpc-auth.js';
import type { RpcError } from './grpc-errors.js';
import { type RunningGrpcServer, startGrpcServer } from './grpc-server.js';
import { listServicesByReflection } from './testing/reflection.js';
import type { CallRecord } from './unary-call.js';

// Both services behind the one guard of startGrpcServer(), over real gRPC: a call needs the service token or
// an API key whose role allows the method; health and reflection answer anyone. A refused call never reaches
// its handler.

const logger = createLogger({ name: 'rpc-auth-test', level: 'silent' });
const handled: string[] = [];
const records: CallRecord[] = [];
const extractor: ExtractorHandlers = {
  detect: async () => {
    handled.push('detect');
    return { faces: [], width: 1, height: 1, detector: 'd', timing: {} } as never;
  },
  extract: async () => ({}) as never,
  extractBatch: async () => [],
  listModels: async () => {
    handled.push('listModels');
    return [];
  },
};
const cluster: FaceClusterHandlers = {
  clusterFace: async () => ({}) as never,
  assignUnknown: async () => ({ associated: 0, created: 0, pending: 0 }),
  mergePersons: async (personId, fromPersonId) => {
    handled.push('mergePersons');
    return { personId, mergedPersonId: fromPersonId, movedFaces: 1, movedAppearances: 0 };
  },
  moveFace: async () => ({}) as never,
  recluster: async () => ({}) as never,
  listClusters: async (model) => {
    handled.push('listClusters');
    return { model: model ?? 'm', total: 0, clusters: [] };
  },
  nameCluster: async () => ({}) as never,
  moveFaceOut: async () => ({}) as never,
  mergeClusters: async () => ({}) as never,
};

let server: RunningGrpcServer;
let address: string;
const clients: Array<{ close(): void }> = [];
const extractorWith = (credential?: Credential) => {
  const client = new ExtractorClient({ address, timeoutMs: 5000, maxMessageBytes: 1 << 20, credential });
  clients.push(client);
  return client;
};
const clusterWith = (credential?: Credential) => {
  const client = new FaceClusterClient({ address, timeoutMs: 5000, credential });
  clients.push(client);
  return client;
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined as unknown as RpcError,
    (e: RpcError) => e,
  );

beforeAll(async () => {
  const onCall = (record: CallRecord) => records.push(record);
  const services = [extractorService(extractor, { logger, onCall }), faceClusterService(cluster, { logger, onCall })];
  server = await startGrpcServer(services, {
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: 1 << 20,
    auth: testGrpcAuth,
    logger,
  });
  address = `127.0.0.1:${server.port}`;
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server?.shutdown(100);
});

describe('gRPC credentials', () => {
  it('refuses a call without a credential as UNAUTHENTICATED, on each service, saying what to send', async () => {
    handled.length = 0;
    for (const call of [
      extractorWith().listModels(),
      clusterWith().listClusters(),
      clusterWith().mergePersons('a', 'b'),
    ]) {
      const error = await failure(call);
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
      expect(error.message).toContain('x-api-key');
    }
    expect(handled).toEqual([]);
  });

  it('refuses a wrong service token, a malformed authorization and an unknown key as UNAUTHENTICATED', async () => {
    handled.length = 0;
    const wrong = await failure(clusterWith({ serviceToken: `${testServiceCredential.serviceToken}x` }).listClusters());
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(wrong.message).toContain("not this platform's service token");
    const malformed = await failure(clusterWith({ serviceToken: 'two words' }).listClusters());
    expect(malformed).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(malformed.message).toContain('Bearer <service token>');
    const unknown = await failure(extractorWith({ apiKey: TEST_API_KEYS.revoked }).listModels());
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'the API key is unknown or revoked' });
    expect(handled).toEqual([]);
  });

  it("lets a viewer's API key read but not merge persons (PERMISSION_DENIED)", async () => {
    handled.length = 0;
    const viewer = { apiKey: TEST_API_KEYS.viewer };
    expect(await clusterWith(viewer).listClusters()).toMatchObject({ total: 0 });
    expect(await extractorWith(viewer).listModels()).toEqual([]);
    const denied = await failure(clusterWith(viewer).mergePersons('p1', 'p2'));
    expect(denied).toMatchObject({ code: 'FORBIDDEN', status: 'PERMISSION_DENIED' });
    expect(denied.message).toBe(
      `${FACE_CLUSTER_SERVICE}/MergePersons needs the operator role or higher; the API key viewer-key has the viewer role`,
    );
    const naming = await failure(clusterWith(viewer).nameCluster('c1', { name: 'Ada' }));
    expect(naming).toMatchObject({ code: 'FORBIDDEN', status: 'PERMISSION_DENIED' });
    expect(handled).toEqual(['listClusters', 'listModels']);
    // the refusal is counted like any call (metrics by method and status)
    expect(records.at(-1)).toMatchObject({ method: 'NameCluster', status: 'PERMISSION_DENIED', code: 'FORBIDDEN' });
  });

  it("lets an operator's or admin's API key and the service token merge persons", async () => {
    handled.length = 0;
    for (const credential of [
      { apiKey: TEST_API_KEYS.operator },
      { apiKey: TEST_API_KEYS.admin },
      testServiceCredential,
    ])
      expect(await clusterWith(credential).mergePersons('p1', 'p2')).toMatchObject({ mergedPersonId: 'p2' });
    expect(await extractorWith(testServiceCredential).listModels()).toEqual([]);
    expect(handled).toEqual(['mergePersons', 'mergePersons', 'mergePersons', 'listModels']);
  });

  it('leaves health and reflection open', async () => {
    expect(await extractorWith().health()).toBe('SERVING');
    expect(await clusterWith().health('')).toBe('SERVING');
    expect(await listServicesByReflection(address)).toEqual(
      expect.arrayContaining([EXTRACTOR_SERVICE, FACE_CLUSTER_SERVICE]),
    );
  });
});
