import { syntheticFaces } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { DIMENSION, MODEL, openTestClustering, type TestClustering } from './testing/fixtures.js';

let t: TestClustering | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const faces = syntheticFaces({ identities: 3, facesEach: 3, dimension: DIMENSION, seed: 9 });
const of = (label: string) => faces.filter((f) => f.label === label);

/** three identities clustered into three persons made by clustering; answers the person of each label */
async function clustered(): Promise<{ c: TestClustering; personOf: (label: string) => Promise<string> }> {
  t = await openTestClustering();
  const c = t;
  for (const face of faces) {
    await c.enroll(face.faceId, face.vector);
    await c.clustering.clusterFace(face.faceId);
  }
  const personOf = async (label: string) =>
    (await c.storage.metadata.faces.get(of(label)[0]?.faceId as string))?.personId as string;
  return { c, personOf };
}

const vectorPerson = async (c: TestClustering, faceId: string) =>
  (await (await c.storage.vectors.index(MODEL, DIMENSION)).get([faceId]))[0]?.personId;

describe('moveFace', () => {
  it('moves a face to another person in both stores, and out of its cluster into the person’s', async () => {
    const { c, personOf } = await clustered();
    const [from, to] = [await personOf('person0'), await personOf('person1')];
    const face = of('person0')[0]?.faceId as string;
    const moved = await c.clustering.moveFace(face, to);
    expect(moved).toEqual({ faceId: face, personId: to, previousPersonId: from, moved: true });
    expect((await c.storage.metadata.faces.get(face))?.personId).toBe(to);
    expect(await vectorPerson(c, face)).toBe(to);
    const clusters = await c.clustering.listClusters();
    expect(clusters.find((x) => x.personId === from)?.faceIds).not.toContain(face);
    expect(clusters.find((x) => x.personId === to)?.faceIds).toContain(face);
    expect(c.assignments.at(-1)).toMatchObject({
      faceId: face,
      personId: to,
      previousPersonId: from,
      reason: 'manual',
    });
    // again: nothing to do
    expect((await c.clustering.moveFace(face, to)).moved).toBe(false);
  });

  it('deletes a person made by clustering once its last face has moved away; keeps a named one', async () => {
    const { c, personOf } = await clustered();
    const [auto, target] = [await personOf('person0'), await personOf('person1')];
    for (const face of of('person0')) await c.clustering.moveFace(face.faceId, target);
    expect(await c.storage.metadata.persons.get(auto)).toBeUndefined();
    const named = await personOf('person2');
    const person = await c.storage.metadata.persons.get(named);
    await c.storage.metadata.persons.update({ ...(person as NonNullable<typeof person>), name: 'Someone' });
    for (const face of of('person2')) await c.clustering.moveFace(face.faceId, target);
    expect((await c.storage.metadata.persons.get(named))?.name).toBe('Someone');
  });

  it('says what is wrong: an unknown face or person, no person at all', async () => {
    const { c, personOf } = await clustered();
    const person = await personOf('person0');
    await expect(c.clustering.moveFace('no-such-face', person)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.clustering.moveFace(of('person1')[0]?.faceId as string, 'nobody')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(c.clustering.moveFace(of('person1')[0]?.faceId as string, '')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('mergePersons', () => {
  it('moves faces, vectors, clusters and appearances, takes the fields the target lacks, and deletes the other', async () => {
    const { c, personOf } = await clustered();
    const [into, from] = [await personOf('person0'), await personOf('person1')];
    const source = await c.storage.metadata.persons.get(from);
    await c.storage.metadata.persons.update({
      ...(source as NonNullable<typeof source>),
      name: 'Raj',
      externalId: 'raj-1',
      metadata: { team: 'a' },
    });
    const seenAt = new Date('2025-03-01T10:00:00Z');
    const appearance = { personId: from, seenAt, appearanceId: 'appearance-1', imageId: 'img', similarity: 0.95 };
    await c.storage.metadata.appearances.add(appearance);

    const merged = await c.clustering.mergePersons(into, from);
    expect(merged).toEqual({ personId: into, mergedPersonId: from, movedFaces: 3, movedAppearances: 1 });
    expect(await c.storage.metadata.persons.get(from)).toBeUndefined();
    const kept = await c.storage.metadata.persons.get(into);
    expect(kept).toMatchObject({ name: 'Raj', externalId: 'raj-1', metadata: expect.objectContaining({ team: 'a' }) });
    expect((await c.storage.metadata.persons.getByExternalId('raj-1'))?.id).toBe(into);
    const { items } = await c.storage.metadata.faces.listByPerson(into, { limit: 10 });
    expect(items).toHaveLength(6);
    for (const face of of('person1')) expect(await vectorPerson(c, face.faceId)).toBe(into);
    const appearances = await c.storage.metadata.appearances.listByPerson(into, { limit: 10 });
    expect(appearances.items).toEqual([{ ...appearance, personId: into }]);
    expect((await c.storage.metadata.appearances.listByPerson(from, { limit: 10 })).items).toEqual([]);
    expect((await c.clustering.listClusters()).filter((x) => x.personId === from)).toEqual([]);
  });

  it('refuses merging a person into itself, and unknown persons', async () => {
    const { c, personOf } = await clustered();
    const person = await personOf('person0');
    await expect(c.clustering.mergePersons(person, person)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(c.clustering.mergePersons(person, 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(c.clustering.mergePersons('nobody', person)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
