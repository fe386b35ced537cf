import { bcubed } from '@freeface/domain';
import { shuffled, syntheticFaces } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_PERSON_SOURCE } from './auto-person.js';
import { DIMENSION, MODEL, openTestClustering, type TestClustering } from './testing/fixtures.js';

let t: TestClustering | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const open = async (env: Record<string, string> = {}) => {
  t = await openTestClustering(env);
  return t;
};

const identities = (seed = 5) =>
  syntheticFaces({ identities: 8, facesEach: 5, strangers: 7, dimension: DIMENSION, seed });

/** the person of each face as stored (undefined: none) */
async function personsOf(c: TestClustering, faceIds: readonly string[]): Promise<Map<string, string | undefined>> {
  const faces = await Promise.all(faceIds.map((id) => c.storage.metadata.faces.get(id)));
  return new Map(faceIds.map((id, i) => [id, faces[i]?.personId]));
}

describe('FaceClustering: faces as they come', () => {
  it('makes one person per identity and leaves each stranger alone, in any order', async () => {
    const c = await open();
    const faces = identities();
    for (const face of shuffled(faces, 3)) {
      await c.enroll(face.faceId, face.vector);
      await c.clustering.clusterFace(face.faceId, MODEL, face.vector);
    }
    const persons = await personsOf(
      c,
      faces.map((f) => f.faceId),
    );
    const { f } = bcubed(
      faces.map((face) => ({ cluster: persons.get(face.faceId) ?? face.faceId, label: face.label })),
    );
    expect(f).toBe(1);
    const made = new Set([...persons.values()].filter((p) => p !== undefined));
    expect(made.size).toBe(8);
    for (const face of faces.filter((x) => x.label.startsWith('stranger')))
      expect(persons.get(face.faceId), face.faceId).toBeUndefined();
    // a person made by clustering says so, and its vectors carry it (person-filtered search finds them)
    const [personId] = made;
    const person = await c.storage.metadata.persons.get(personId as string);
    expect(person?.metadata.source).toBe(AUTO_PERSON_SOURCE);
    const index = await c.storage.vectors.index(MODEL, DIMENSION);
    const own = faces.filter((x) => persons.get(x.faceId) === personId);
    const found = await index.search(own[0]?.vector ?? [], 20, { kind: 'person', personId: personId as string });
    expect(found.map((m) => m.faceId).sort()).toEqual(own.map((x) => x.faceId).sort());
    const clusters = await c.clustering.listClusters();
    expect(clusters.filter((x) => x.personId !== undefined)).toHaveLength(8);
    expect(clusters.filter((x) => x.personId === undefined).map((x) => x.faceIds.length)).toEqual(new Array(7).fill(1));
    // every move was reported, once
    expect(c.assignments).toHaveLength(40);
    expect(new Set(c.assignments.map((a) => a.faceId)).size).toBe(40);
  });

  it('makes a person only once a cluster has min_faces faces', async () => {
    const c = await open({ FREEFACE_CLUSTER_MIN_FACES: '3' });
    const [a, b, d] = identities().filter((f) => f.label === 'person0');
    for (const face of [a, b]) {
      await c.enroll(face?.faceId as string, face?.vector as number[]);
      const outcome = await c.clustering.clusterFace(face?.faceId as string);
      expect(outcome.personId).toBeUndefined();
    }
    await c.enroll(d?.faceId as string, d?.vector as number[]);
    const third = await c.clustering.clusterFace(d?.faceId as string, MODEL);
    expect(third).toMatchObject({ status: 'clustered', createdPerson: true, personId: expect.any(String) });
    const persons = await personsOf(
      c,
      [a, b, d].map((x) => x?.faceId as string),
    );
    expect(new Set(persons.values())).toEqual(new Set([third.personId]));
  });

  it('changes nothing for a face seen twice, and skips faces that are gone or have a person', async () => {
    const c = await open();
    const [a, b] = identities().filter((f) => f.label === 'person1');
    await c.enroll(a?.faceId as string, a?.vector as number[]);
    await c.enroll(b?.faceId as string, b?.vector as number[]);
    await c.clustering.clusterFace(a?.faceId as string);
    const first = await c.clustering.clusterFace(b?.faceId as string);
    const again = await c.clustering.clusterFace(b?.faceId as string);
    expect(again).toMatchObject({ status: 'already', clusterId: first.clusterId, personId: first.personId });
    expect((await c.storage.metadata.persons.list({ limit: 10 })).items).toHaveLength(1);
    expect((await c.clustering.clusterFace('nobody', MODEL)).status).toBe('skipped');
    await c.person('owner');
    await c.enroll('owned', a?.vector as number[], 'owner');
    expect((await c.clustering.clusterFace('owned')).status).toBe('skipped');
    await expect(c.clustering.clusterFace('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a face alike to an existing person to that person when auto_associate is on, whatever its size', async () => {
    for (const autoAssociate of ['true', 'false']) {
      const c = await open({ FREEFACE_CLUSTER_AUTO_ASSOCIATE: autoAssociate, FREEFACE_CLUSTER_MIN_FACES: '3' });
      const [x, y, z] = identities().filter((f) => f.label === 'person2');
      await c.person('known', 'Known Person');
      await c.enroll(x?.faceId as string, x?.vector as number[], 'known');
      await c.enroll(y?.faceId as string, y?.vector as number[], 'known');
      await c.enroll(z?.faceId as string, z?.vector as number[]);
      const outcome = await c.clustering.clusterFace(z?.faceId as string);
      expect(outcome.personId, `auto_associate ${autoAssociate}`).toBe(autoAssociate === 'true' ? 'known' : undefined);
      await c.close();
      t = undefined;
    }
  });

  it('associates waiting clusters with a person enrolled later (AssignUnknown)', async () => {
    const c = await open({ FREEFACE_CLUSTER_MIN_FACES: '3' });
    const [x, y, z] = identities().filter((f) => f.label === 'person3');
    for (const face of [x, y]) {
      await c.enroll(face?.faceId as string, face?.vector as number[]);
      await c.clustering.clusterFace(face?.faceId as string);
    }
    expect(await c.clustering.assignUnknown()).toEqual({ associated: 0, created: 0, pending: 1 });
    await c.person('later');
    await c.enroll(z?.faceId as string, z?.vector as number[], 'later');
    expect(await c.clustering.assignUnknown()).toEqual({ associated: 1, created: 0, pending: 0 });
    const persons = await personsOf(
      c,
      [x, y].map((f) => f?.faceId as string),
    );
    expect([...persons.values()]).toEqual(['later', 'later']);
  });

  it('forgets a deleted face: its cluster shrinks, an emptied one goes', async () => {
    const c = await open({ FREEFACE_CLUSTER_MIN_FACES: '5' });
    const [x, y] = identities().filter((f) => f.label === 'person4');
    for (const face of [x, y]) {
      await c.enroll(face?.faceId as string, face?.vector as number[]);
      await c.clustering.clusterFace(face?.faceId as string);
    }
    const [before] = await c.clustering.listClusters();
    expect(before?.faceIds).toHaveLength(2);
    await c.clustering.forgetFace(x?.faceId as string, MODEL);
    const [after] = await c.clustering.listClusters();
    expect(after?.faceIds).toEqual([y?.faceId]);
    expect(after?.centroid[0]).toBeCloseTo(y?.vector[0] as number, 5);
    await c.clustering.forgetFace(y?.faceId as string, MODEL);
    expect(await c.clustering.listClusters()).toEqual([]);
    expect(await c.storage.metadata.clusters.listByModel(MODEL)).toEqual([]);
  });
});
