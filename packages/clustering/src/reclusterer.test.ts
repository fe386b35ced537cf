import { bcubed } from '@freeface/domain';
import { shuffled, syntheticFaces } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSION, openTestClustering, type TestClustering } from './testing/fixtures.js';

let t: TestClustering | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const faces = syntheticFaces({ identities: 6, facesEach: 4, strangers: 4, dimension: DIMENSION, seed: 21 });

async function scoreOf(c: TestClustering) {
  const persons = new Map<string, string | undefined>();
  for (const face of faces) persons.set(face.faceId, (await c.storage.metadata.faces.get(face.faceId))?.personId);
  const score = bcubed(faces.map((f) => ({ cluster: persons.get(f.faceId) ?? f.faceId, label: f.label })));
  return { ...score, persons: new Set([...persons.values()].filter((p) => p !== undefined)), byFace: persons };
}

describe('recluster', () => {
  it('rebuilds the persons clustering made when the threshold was wrong, and keeps them when it is right', async () => {
    // far too loose: every face one person
    t = await openTestClustering({ FREEFACE_CLUSTER_THRESHOLD: '0.3' });
    const c = t;
    for (const face of shuffled(faces, 4)) {
      await c.enroll(face.faceId, face.vector);
      await c.clustering.clusterFace(face.faceId);
    }
    const loose = await scoreOf(c);
    expect(loose.persons.size).toBeLessThan(3);

    const report = await c.clustering.recluster(undefined, { threshold: 0.9 });
    expect(report).toMatchObject({ threshold: 0.9, faces: 28, clusters: 10, personsCreated: expect.any(Number) });
    expect(report.personsKept + report.personsCreated).toBe(6);
    expect(report.pending).toBe(4);
    const fixed = await scoreOf(c);
    console.log(`recluster: BCubed F ${loose.f.toFixed(3)} at 0.3, ${fixed.f.toFixed(3)} after re-clustering at 0.9`);
    expect(fixed.f).toBe(1);
    expect(fixed.persons.size).toBe(6);
    const left = (await c.storage.metadata.persons.list({ limit: 100 })).items.map((p) => p.id);
    expect(left.sort()).toEqual([...fixed.persons].sort());
    expect(report.personsRemoved).toBe(loose.persons.size - report.personsKept);

    // the same settings again: every person and every face stays where it is
    const again = await c.clustering.recluster(undefined, { threshold: 0.9 });
    expect(again).toMatchObject({ personsKept: 6, personsCreated: 0, personsRemoved: 0, pending: 4 });
    expect((await scoreOf(c)).byFace).toEqual(fixed.byFace);
    expect(await c.clustering.listClusters()).toHaveLength(10);
  });

  it('leaves the persons someone named with their faces', async () => {
    t = await openTestClustering({ FREEFACE_CLUSTER_THRESHOLD: '0.3' });
    const c = t;
    for (const face of faces) {
      await c.enroll(face.faceId, face.vector);
      await c.clustering.clusterFace(face.faceId);
    }
    const { persons } = await scoreOf(c);
    const [named] = persons;
    const person = await c.storage.metadata.persons.get(named as string);
    await c.storage.metadata.persons.update({ ...(person as NonNullable<typeof person>), name: 'Claimed' });
    const owned = (await c.storage.metadata.faces.listByPerson(named as string, { limit: 100 })).items.length;
    await c.clustering.recluster(undefined, { threshold: 0.9 });
    expect((await c.storage.metadata.faces.listByPerson(named as string, { limit: 100 })).items).toHaveLength(owned);
  });
});
