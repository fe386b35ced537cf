import { centroidOf } from '@freeface/domain';
import { syntheticFaces } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSION, MODEL, openTestClustering, type TestClustering } from './testing/fixtures.js';

// An operator merges two clusters, over real embedded storage: the faces and the centroid, the persons.

let t: TestClustering | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

// person0..2: three faces each, clustered into persons made by clustering (min_faces 2); loner0..1: one face
// each, a cluster waiting for more faces
const faces = [
  ...syntheticFaces({ identities: 3, facesEach: 3, dimension: DIMENSION, seed: 9 }),
  ...syntheticFaces({ identities: 2, facesEach: 1, dimension: DIMENSION, seed: 21 }).map((f) => ({
    ...f,
    faceId: f.faceId.replace('person', 'loner'),
    label: f.label.replace('person', 'loner'),
  })),
];
const of = (label: string) => faces.filter((f) => f.label === label);

interface Clustered {
  c: TestClustering;
  /** the cluster holding the faces of the label */
  clusterOf: (label: string) => Promise<{ id: string; personId?: string | undefined; faceIds: readonly string[] }>;
  personOf: (faceId: string) => Promise<string | undefined>;
}

async function clustered(): Promise<Clustered> {
  t = await openTestClustering();
  const c = t;
  for (const face of faces) {
    await c.enroll(face.faceId, face.vector);
    await c.clustering.clusterFace(face.faceId);
  }
  return {
    c,
    async clusterOf(label) {
      const faceId = of(label)[0]?.faceId as string;
      const found = (await c.clustering.listClusters()).find((x) => x.faceIds.includes(faceId));
      if (!found) throw new Error(`no cluster holds ${label}`);
      return found;
    },
    personOf: async (faceId) => (await c.storage.metadata.faces.get(faceId))?.personId,
  };
}

const vectorPerson = async (c: TestClustering, faceId: string) =>
  (await (await c.storage.vectors.index(MODEL, DIMENSION)).get([faceId]))[0]?.personId;

describe('mergeClusters', () => {
  it('merges two clusters waiting for more faces: one cluster of both, the centroid of all, no person', async () => {
    const { c, clusterOf } = await clustered();
    const [into, from] = [await clusterOf('loner0'), await clusterOf('loner1')];
    expect([into.personId, from.personId, into.faceIds.length, from.faceIds.length]).toEqual([
      undefined,
      undefined,
      1,
      1,
    ]);
    const merged = await c.clustering.mergeClusters(into.id, from.id);
    expect(merged).toEqual({ clusterId: into.id, mergedClusterId: from.id, mergedFaces: 1, personId: undefined });
    const stored = await c.storage.metadata.clusters.get(into.id);
    expect(stored?.faceIds).toEqual([...into.faceIds, ...from.faceIds]);
    const vectors = [...of('loner0'), ...of('loner1')].map((f) => f.vector);
    stored?.centroid.forEach((x, i) => {
      expect(x).toBeCloseTo(centroidOf(vectors)[i] as number, 6);
    });
    expect(await c.storage.metadata.clusters.get(from.id)).toBeUndefined();
    expect((await c.clustering.listClusters()).find((x) => x.id === from.id)).toBeUndefined();
  });

  it('gives the joined faces to the cluster’s person (manual), and deletes the made person left with none', async () => {
    const { c, clusterOf, personOf } = await clustered();
    const [into, from] = [await clusterOf('person0'), await clusterOf('person1')];
    const [keeper, gone] = [into.personId as string, from.personId as string];
    expect(keeper).toBeDefined();
    expect(gone).toBeDefined();
    const merged = await c.clustering.mergeClusters(into.id, from.id);
    expect(merged).toEqual({ clusterId: into.id, mergedClusterId: from.id, mergedFaces: 3, personId: keeper });
    for (const face of [...of('person0'), ...of('person1')]) {
      expect(await personOf(face.faceId)).toBe(keeper);
      expect(await vectorPerson(c, face.faceId)).toBe(keeper);
    }
    expect(c.assignments.filter((a) => a.reason === 'manual').map((a) => a.faceId)).toEqual(
      of('person1').map((f) => f.faceId),
    );
    expect(await c.storage.metadata.persons.get(gone)).toBeUndefined();
    expect((await c.storage.metadata.clusters.get(into.id))?.faceIds).toHaveLength(6);

    // a cluster of no person into one of a person: its face goes to the person
    const loner = await clusterOf('loner0');
    expect((await c.clustering.mergeClusters(into.id, loner.id)).personId).toBe(keeper);
    expect(await personOf(of('loner0')[0]?.faceId as string)).toBe(keeper);
  });

  it('takes the person of the cluster merged in when the cluster has none, or a made one and it a named one', async () => {
    const { c, clusterOf, personOf } = await clustered();
    const [loner, auto] = [await clusterOf('loner0'), await clusterOf('person0')];
    const merged = await c.clustering.mergeClusters(loner.id, auto.id);
    expect(merged.personId).toBe(auto.personId);
    expect(await personOf(of('loner0')[0]?.faceId as string)).toBe(auto.personId);
    expect((await c.storage.metadata.clusters.get(loner.id))?.personId).toBe(auto.personId);

    // a made person into a named one: the named keeps all, the made one goes
    const named = await clusterOf('person1');
    await c.clustering.nameCluster(named.id, { name: 'Ada' });
    const other = await clusterOf('person2');
    const result = await c.clustering.mergeClusters(other.id, named.id);
    expect(result.personId).toBe(named.personId);
    for (const face of [...of('person1'), ...of('person2')]) expect(await personOf(face.faceId)).toBe(named.personId);
    expect(await c.storage.metadata.persons.get(other.personId as string)).toBeUndefined();
    expect((await c.storage.metadata.persons.get(named.personId as string))?.name).toBe('Ada');
  });

  it('refuses two named persons (merge the persons), the same cluster, two models and unknown clusters', async () => {
    const { c, clusterOf, personOf } = await clustered();
    const [a, b] = [await clusterOf('person0'), await clusterOf('person1')];
    await c.clustering.nameCluster(a.id, { name: 'Ada' });
    await c.clustering.nameCluster(b.id, { name: 'Bo' });
    const conflict = c.clustering.mergeClusters(a.id, b.id);
    await expect(conflict).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(conflict).rejects.toThrow(`/persons/${a.personId}/merge`);
    expect(await personOf(of('person1')[0]?.faceId as string)).toBe(b.personId);
    expect(await c.storage.metadata.clusters.get(b.id)).toBeDefined();

    await expect(c.clustering.mergeClusters(a.id, a.id)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(c.clustering.mergeClusters(a.id, 'no-such-cluster')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.clustering.mergeClusters('no-such-cluster', a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = {
      id: 'other-model-cluster',
      model: 'another-embedder',
      centroid: [1],
      faceIds: ['x'],
      updatedAt: new Date(),
    };
    await c.storage.metadata.clusters.put(elsewhere);
    await expect(c.clustering.mergeClusters(a.id, elsewhere.id)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
