import { ConflictError, InvalidArgumentError, NotFoundError } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { testGrpcAuth, testServiceCredential } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RpcError } from '../grpc-errors.js';
import { type RunningGrpcServer, startGrpcServer } from '../grpc-server.js';
import { FaceClusterClient } from './face-cluster.client.js';
import { FACE_CLUSTER_SERVICE, type FaceClusterHandlers, faceClusterService } from './face-cluster.server.js';

// The typed client against stub handlers over real gRPC: every field survives the wire both ways (absent ids
// included), a model left out arrives as undefined, failures come back with their codes.

const calls: unknown[][] = [];
const updatedAt = new Date('2025-05-01T12:00:00.000Z');
const handlers: FaceClusterHandlers = {
  clusterFace: async (faceId) => {
    calls.push(['clusterFace', faceId]);
    if (faceId === 'missing') throw new NotFoundError('face', faceId);
    return faceId === 'alone'
      ? { faceId, status: 'clustered', clusterId: 'c1', createdPerson: false }
      : { faceId, status: 'already', clusterId: 'c2', personId: 'p2', createdPerson: true };
  },
  assignUnknown: async (model) => {
    calls.push(['assignUnknown', model]);
    return { associated: 1, created: 2, pending: 3 };
  },
  mergePersons: async (personId, fromPersonId) => {
    calls.push(['mergePersons', personId, fromPersonId]);
    if (personId === fromPersonId) throw new InvalidArgumentError('a person cannot be merged into itself');
    return { personId, mergedPersonId: fromPersonId, movedFaces: 4, movedAppearances: 5 };
  },
  moveFace: async (faceId, personId) => {
    calls.push(['moveFace', faceId, personId]);
    return { faceId, personId, previousPersonId: faceId === 'unowned' ? undefined : 'before', moved: true };
  },
  recluster: async (model, threshold) => {
    calls.push(['recluster', model, threshold]);
    return {
      model: model ?? 'default',
      threshold: threshold ?? 0.91,
      faces: 47,
      clusters: 15,
      personsKept: 6,
      personsCreated: 2,
      associated: 0,
      personsRemoved: 1,
      pending: 7,
    };
  },
  listClusters: async (model, limit) => {
    calls.push(['listClusters', model, limit]);
    return {
      model: model ?? 'default',
      total: 2,
      clusters: [
        { id: 'a', model: 'm', personId: 'p', faceIds: ['f1', 'f2'], updatedAt },
        { id: 'b', model: 'm', faceIds: ['f3'], updatedAt },
      ],
    };
  },
  nameCluster: async (clusterId, naming) => {
    calls.push(['nameCluster', clusterId, naming]);
    if (clusterId === 'named') throw new ConflictError('cluster named belongs to person p, named already');
    return { clusterId, personId: clusterId, createdPerson: true, assignedFaces: 3 };
  },
  moveFaceOut: async (clusterId, faceId) => {
    calls.push(['moveFaceOut', clusterId, faceId]);
    if (faceId === 'alone') throw new ConflictError('the only face of its cluster');
    return {
      faceId,
      clusterId: 'own',
      previousClusterId: clusterId,
      previousPersonId: faceId === 'unowned' ? undefined : 'p',
    };
  },
  mergeClusters: async (clusterId, fromClusterId) => {
    calls.push(['mergeClusters', clusterId, fromClusterId]);
    if (fromClusterId === 'named') throw new ConflictError('both of persons someone named: merge the persons');
    return { clusterId, mergedClusterId: fromClusterId, mergedFaces: 2, personId: clusterId === 'a' ? 'p' : undefined };
  },
};

let server: RunningGrpcServer;
let client: FaceClusterClient;
const logger = createLogger({ name: 'rpc-test', level: 'silent' });

beforeAll(async () => {
  server = await startGrpcServer([faceClusterService(handlers, { logger })], {
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: 1 << 20,
    auth: testGrpcAuth,
    logger,
  });
  client = new FaceClusterClient({
    address: `127.0.0.1:${server.port}`,
    timeoutMs: 5000,
    credential: testServiceCredential,
  });
});
afterAll(async () => {
  client?.close();
  await server?.shutdown(100);
});

describe('FaceClusterClient', () => {
  it('carries every result both ways, absent ids as undefined', async () => {
    expect(await client.clusterFace('alone')).toEqual({
      faceId: 'alone',
      status: 'clustered',
      clusterId: 'c1',
      createdPerson: false,
    });
    expect(await client.clusterFace('known')).toEqual({
      faceId: 'known',
      status: 'already',
      clusterId: 'c2',
      personId: 'p2',
      createdPerson: true,
    });
    expect(await client.assignUnknown()).toEqual({ associated: 1, created: 2, pending: 3 });
    expect(await client.mergePersons('into', 'from')).toEqual({
      personId: 'into',
      mergedPersonId: 'from',
      movedFaces: 4,
      movedAppearances: 5,
    });
    expect(await client.moveFace('unowned', 'p')).toEqual({
      faceId: 'unowned',
      personId: 'p',
      previousPersonId: undefined,
      moved: true,
    });
    expect((await client.moveFace('owned', 'p')).previousPersonId).toBe('before');
    expect(await client.recluster({ threshold: 0.5 })).toMatchObject({ model: 'default', threshold: 0.5, faces: 47 });
    expect(await client.listClusters({ model: 'm', limit: 10 })).toEqual({
      model: 'm',
      total: 2,
      clusters: [
        { id: 'a', model: 'm', personId: 'p', faceIds: ['f1', 'f2'], updatedAt },
        { id: 'b', model: 'm', faceIds: ['f3'], updatedAt },
      ],
    });
    expect(calls).toContainEqual(['assignUnknown', undefined]);
    expect(calls).toContainEqual(['recluster', undefined, 0.5]);
    expect(calls).toContainEqual(['listClusters', 'm', 10]);
    await client.recluster({ model: 'x' });
    expect(calls.at(-1)).toEqual(['recluster', 'x', undefined]);
  });

  it('names a cluster: fields both ways, absent ones absent, a conflict as CONFLICT', async () => {
    const naming = { name: 'Ada', externalId: 'emp-1', metadata: { team: 'blue', level: 2 } };
    expect(await client.nameCluster('c9', naming)).toEqual({
      clusterId: 'c9',
      personId: 'c9',
      createdPerson: true,
      assignedFaces: 3,
    });
    expect(calls).toContainEqual(['nameCluster', 'c9', naming]);
    await client.nameCluster('c10', { name: 'Bo' });
    expect(calls).toContainEqual(['nameCluster', 'c10', { name: 'Bo' }]);
    await expect(client.nameCluster('named', { name: 'X' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('moves a face out of its cluster: the previous person as undefined when none, a conflict as CONFLICT', async () => {
    expect(await client.moveFaceOut('c1', 'f1')).toEqual({
      faceId: 'f1',
      clusterId: 'own',
      previousClusterId: 'c1',
      previousPersonId: 'p',
    });
    expect((await client.moveFaceOut('c1', 'unowned')).previousPersonId).toBeUndefined();
    expect(calls).toContainEqual(['moveFaceOut', 'c1', 'f1']);
    await expect(client.moveFaceOut('c1', 'alone')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('merges two clusters: the person as undefined when none, a conflict as CONFLICT', async () => {
    expect(await client.mergeClusters('a', 'b')).toEqual({
      clusterId: 'a',
      mergedClusterId: 'b',
      mergedFaces: 2,
      personId: 'p',
    });
    expect((await client.mergeClusters('c', 'b')).personId).toBeUndefined();
    expect(calls).toContainEqual(['mergeClusters', 'a', 'b']);
    await expect(client.mergeClusters('a', 'named')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('fails with the handler’s code, and says SERVING to health checks', async () => {
    await expect(client.clusterFace('missing')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 'NOT_FOUND',
    } satisfies Partial<RpcError>);
    await expect(client.mergePersons('same', 'same')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await client.health(FACE_CLUSTER_SERVICE)).toBe('SERVING');
  });

  it('is UNAVAILABLE when nobody listens', async () => {
    const nobody = new FaceClusterClient({ address: '127.0.0.1:1', timeoutMs: 1000 });
    await expect(nobody.moveFace('f', 'p')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    nobody.close();
  });
});
