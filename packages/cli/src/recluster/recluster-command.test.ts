import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFaceClustering, startFaceClusterServer } from '@freeface/clustering';
import { type Config, loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { grpcAuthOf, withServiceToken } from '@freeface/runtime';
import { openStorage } from '@freeface/storage';
import { freePort, syntheticFaces } from '@freeface/testing';
import { ModelRegistry } from '@freeface/vision';
import { afterEach, describe, expect, it } from 'vitest';
import { runRecluster } from './recluster-command.js';

// The recluster command over faces of the default embedder (dlib-resnet-128, 128 values) written straight
// into a fresh embedded data dir: synthetic identities, so no model runs.

const MODEL = 'dlib-resnet-128';
const logger = createLogger({ name: 'recluster-test', level: 'silent' });
const faces = syntheticFaces({ identities: 3, facesEach: 3, strangers: 2, dimension: 128, seed: 8 });
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function embeddedWithFaces(env: Record<string, string> = {}): Promise<Config> {
  const dir = mkdtempSync(join(tmpdir(), 'ff-recluster-'));
  dirs.push(dir);
  const config = loadConfig({
    FREEFACE_DATA_DIR: dir,
    FREEFACE_CLUSTER_ADDRESS: `127.0.0.1:${await freePort()}`,
    FREEFACE_CLUSTER_MIN_FACES: '2',
    // the default model of the command is the fixtures' dlib-resnet-128
    FREEFACE_MODEL_PRESET: 'fast',
    ...env,
  });
  const storage = await openStorage(config);
  const index = await storage.vectors.index(MODEL, 128);
  for (const face of faces) {
    await storage.metadata.faces.put({
      id: face.faceId,
      imageId: `img-${face.faceId}`,
      model: MODEL,
      box: { x: 0, y: 0, width: 10, height: 10 },
      detectionScore: 1,
      quality: 1,
      createdAt: new Date(),
    });
    await index.upsert([{ faceId: face.faceId, vector: face.vector }]);
    // as clustering leaves faces that matched nothing: a pending cluster each
    await storage.metadata.clusters.put({
      id: `c-${face.faceId}`,
      model: MODEL,
      centroid: face.vector,
      faceIds: [face.faceId],
      updatedAt: new Date(),
    });
  }
  await storage.close();
  return config;
}

const run = async (argv: string[], config: Config) => {
  const io = { out: [] as string[], err: [] as string[] };
  const code = await runRecluster(argv, config, logger, {
    out: (l) => io.out.push(l),
    err: (l) => io.err.push(l),
  });
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
};

async function personsOf(config: Config): Promise<Array<string | undefined>> {
  const storage = await openStorage(config);
  try {
    return await Promise.all(faces.map(async (f) => (await storage.metadata.faces.get(f.faceId))?.personId));
  } finally {
    await storage.close();
  }
}

describe('npm run recluster', () => {
  it('re-clusters the embedded stores directly: one person per identity, strangers left alone', async () => {
    const config = await embeddedWithFaces();
    const result = await run(['--direct', '--threshold', '0.9'], config);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('re-clustered 11 faces of dlib-resnet-128 at threshold 0.9: 5 clusters');
    expect(result.out).toContain('created 3');
    const persons = await personsOf(config);
    expect(new Set(persons.filter(Boolean)).size).toBe(3);
    expect(persons.slice(9)).toEqual([undefined, undefined]);
  });

  it('falls back to the stores when nothing serves the clusters in the embedded profile', async () => {
    const config = await embeddedWithFaces();
    const result = await run(['--threshold', '0.9'], config);
    expect(result.code).toBe(0);
    expect(result.out).toContain('re-clustering the embedded stores directly');
    expect(result.out).toContain('created 3');
  });

  it('asks face-cluster over gRPC when it runs, with the service token of the data dir', async () => {
    const config = await embeddedWithFaces({ FREEFACE_CLUSTER_HOST: '127.0.0.1' });
    const storage = await openStorage(config);
    const registry = ModelRegistry.load(config.models.dir);
    const clustering = createFaceClustering({ config, storage, factsOf: (m) => registry.entry(m), logger });
    const port = Number(config.cluster.address.split(':')[1]);
    // the server as `npm start` makes it: its token derived from the JWT secret it keeps in the data dir
    const served = await withServiceToken(config);
    const server = await startFaceClusterServer({
      config: { ...served, cluster: { ...config.cluster, port } },
      clustering,
      auth: grpcAuthOf(served, storage.metadata),
      logger,
    });
    try {
      const result = await run(['--model', MODEL, '--threshold', '0.9'], config);
      expect(result.code).toBe(0);
      expect(result.out).not.toContain('directly');
      expect(result.out).toContain('created 3');
      expect((await clustering.listClusters()).filter((c) => c.personId)).toHaveLength(3);
    } finally {
      await server.shutdown(100);
      await storage.close();
    }
  });

  it('refuses bad arguments with the usage, and says where face-cluster was not found in the cluster profile', async () => {
    const config = await embeddedWithFaces();
    expect(await run(['--threshold', 'high'], config)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Usage'),
    });
    expect(await run(['--bogus'], config)).toMatchObject({ code: 2 });
    expect((await run(['--help'], config)).out).toContain('--direct');
    const cluster = {
      ...config,
      runtime: { ...config.runtime, profile: 'cluster' as const },
      auth: { ...config.auth, jwtSecret: 'a JWT secret of the cluster profile, 32+ chars' },
    };
    const unreachable = await run([], cluster);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toContain('pass --direct while it is stopped');
    expect(unreachable.err).toContain(config.cluster.address);
  });
});
