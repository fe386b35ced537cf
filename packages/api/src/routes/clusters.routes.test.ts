import { setTimeout as sleep } from 'node:timers/promises';
import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

// The clusters nobody has named, over REST, and naming one into a person (embedded: the API's own clustering
// in process, fed by the face events of the real workers). min_faces 2: one face waits in a cluster of its
// own, two faces of the same photo become a person made by clustering.

const api = await createTestApi({ FREEFACE_CLUSTER_MIN_FACES: '2' });
afterAll(() => api.close());
const operator = apiCaller(api.app, await api.headersFor('operator'));
const viewer = apiCaller(api.app, await api.headersFor('viewer'));

interface Listed {
  cluster_id: string;
  person_id: string | null;
  face_count: number;
  sample_faces: Array<{ face_id: string; image_id: string; bbox: object; detection_score: number }>;
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const found = await check();
    if (found !== undefined) return found;
    await sleep(50);
  }
  throw new Error(`waited in vain for ${what}`);
}

/** enroll_async of no person; the job's face once it completed */
async function unknownFace(file: string): Promise<{ jobId: string; faceId: string; imageId: string }> {
  const queued = await operator('POST', '/faces/enroll_async', { image_data: b64(file) });
  const jobId = queued.body.data.job_id;
  const done = await waitFor(`job ${jobId}`, async () => {
    const status = (await viewer('GET', `/faces/enroll/status/${jobId}`)).body.data;
    return status.status === 'completed' ? status : undefined;
  });
  return { jobId, faceId: done.face_ids[0], imageId: done.image_id };
}

/** every unnamed cluster, page by page */
async function allClusters(limit: number): Promise<Listed[]> {
  const listed: Listed[] = [];
  let token: string | null = null;
  do {
    const page = await viewer('GET', `/clusters?limit=${limit}&samples=20${token ? `&page_token=${token}` : ''}`);
    expect(page.status).toBe(200);
    expect(page.body.data.clusters.length).toBeLessThanOrEqual(limit);
    listed.push(...page.body.data.clusters);
    token = page.body.data.next_page_token;
  } while (token);
  return listed;
}
const holding = (faceId: string) => async () =>
  (await allClusters(50)).find((c) => c.sample_faces.some((f) => f.face_id === faceId));

describe.skipIf(!faces)('GET /clusters and POST /clusters/{cluster_id}/person', () => {
  it('lists a face of no person in its cluster, and names the cluster into a new person (201)', async () => {
    const face = await unknownFace('identities/amy/amy1.png');
    const cluster = await waitFor('the face to be clustered', holding(face.faceId));
    expect(cluster).toMatchObject({ person_id: null, face_count: 1 });
    expect(cluster.sample_faces).toEqual([
      { face_id: face.faceId, image_id: face.imageId, bbox: expect.any(Object), detection_score: expect.any(Number) },
    ]);

    const path = `/clusters/${cluster.cluster_id}/person`;
    expect((await viewer('POST', path, { name: 'Amy' })).status).toBe(403);
    expect((await operator('POST', path, {})).status).toBe(400);
    expect((await operator('POST', path, { name: 'Amy', metadata: { a: 'x'.repeat(20_000) } })).status).toBe(400);
    const named = await api.app.inject({
      method: 'POST',
      url: `/api/v1${path}`,
      headers: await api.headersFor('operator'),
      payload: { name: 'Amy', external_id: `amy-${crypto.randomUUID()}`, metadata: { team: 'physics' } },
    });
    expect(named.statusCode).toBe(201);
    const { person_id: personId, ...rest } = named.json().data;
    expect(rest).toEqual({ cluster_id: cluster.cluster_id, created_person: true, assigned_faces: 1 });
    expect(named.headers.location).toBe(`/api/v1/persons/${personId}`);
    const person = (await viewer('GET', `/persons/${personId}`)).body.data;
    expect(person).toMatchObject({ name: 'Amy', metadata: { team: 'physics' } });
    expect((await viewer('GET', `/faces/${face.faceId}`)).body.data.person_id).toBe(personId);
    // the job that made the face tells where it ended
    expect((await viewer('GET', `/faces/enroll/status/${face.jobId}`)).body.data.person_id).toBe(personId);
    expect(await holding(face.faceId)()).toBeUndefined();

    const again = await operator('POST', path, { name: 'Amy again' });
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
    expect((await operator('POST', `/clusters/${crypto.randomUUID()}/person`, { name: 'X' })).status).toBe(404);
  });

  it('pages the clusters largest first, and names the person clustering made (200)', async () => {
    const first = await unknownFace('identities/sheldon/sheldon2.png');
    await unknownFace('identities/sheldon/sheldon2.png'); // the same photo: the same cluster, now of 2
    const single = await unknownFace('identities/raj/raj1.png');
    const auto = await waitFor('a person made of the pair', async () => {
      const found = await holding(first.faceId)();
      return found?.person_id && found.face_count === 2 ? found : undefined;
    });
    await waitFor('the single face to be clustered', holding(single.faceId));

    const paged = await allClusters(1);
    expect(new Set(paged.map((c) => c.cluster_id)).size).toBe(paged.length);
    const sizes = paged.map((c) => c.face_count);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(paged.map((c) => c.cluster_id)).toEqual((await allClusters(50)).map((c) => c.cluster_id));
    const bad = await viewer('GET', '/clusters?page_token=bm90LWEtdG9rZW4');
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_ARGUMENT']);

    const named = await operator('POST', `/clusters/${auto.cluster_id}/person`, { name: 'Sheldon' });
    expect(named.status).toBe(200);
    expect(named.body.data).toEqual({
      cluster_id: auto.cluster_id,
      person_id: auto.person_id,
      created_person: false,
      assigned_faces: 0,
    });
    expect((await viewer('GET', `/persons/${auto.person_id}`)).body.data.name).toBe('Sheldon');
    expect(await holding(first.faceId)()).toBeUndefined();
    expect(await holding(single.faceId)()).toBeDefined();
  });

  it('takes a face out of its cluster into one of its own, of no person', async () => {
    const first = await unknownFace('identities/howard/howard3.png');
    const second = await unknownFace('identities/howard/howard3.png');
    const pair = await waitFor('a person made of the pair', async () => {
      const found = await holding(first.faceId)();
      return found?.person_id && found.face_count === 2 ? found : undefined;
    });
    const path = `/clusters/${pair.cluster_id}/faces/${second.faceId}/move_out`;
    expect((await viewer('POST', path)).status).toBe(403);
    const unknown = await operator('POST', `/clusters/${pair.cluster_id}/faces/${crypto.randomUUID()}/move_out`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const moved = await operator('POST', path);
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({
      face_id: second.faceId,
      previous_cluster_id: pair.cluster_id,
      previous_person_id: pair.person_id,
    });
    const own = moved.body.data.cluster_id;
    expect(own).not.toBe(pair.cluster_id);
    expect((await viewer('GET', `/faces/${second.faceId}`)).body.data.person_id).toBeNull();
    expect((await viewer('GET', `/faces/${first.faceId}`)).body.data.person_id).toBe(pair.person_id);
    // the face.assigned of the move leaves it where it was put
    await sleep(300);
    expect(await holding(second.faceId)()).toMatchObject({ cluster_id: own, person_id: null, face_count: 1 });
    expect(await holding(first.faceId)()).toMatchObject({ cluster_id: pair.cluster_id, face_count: 1 });
    const alone = await operator('POST', `/clusters/${own}/faces/${second.faceId}/move_out`);
    expect([alone.status, alone.body.code]).toEqual([409, 'CONFLICT']);
  });

  it('merges two clusters (POST /clusters/{cluster_id}/merge): into one, then into a named person’s', async () => {
    const penny = await unknownFace('identities/penny/penny1.png');
    const stuart = await unknownFace('identities/stuart/stuart1.png');
    const [into, from] = [
      await waitFor('penny clustered', holding(penny.faceId)),
      await waitFor('stuart clustered', holding(stuart.faceId)),
    ];
    expect(into.cluster_id).not.toBe(from.cluster_id);
    const path = `/clusters/${into.cluster_id}/merge`;
    expect((await viewer('POST', path, { from_cluster_id: from.cluster_id })).status).toBe(403);
    expect((await operator('POST', path, {})).status).toBe(400);
    const itself = await operator('POST', path, { from_cluster_id: into.cluster_id });
    expect([itself.status, itself.body.code]).toEqual([400, 'INVALID_ARGUMENT']);
    const unknown = await operator('POST', path, { from_cluster_id: crypto.randomUUID() });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const nowhere = await operator('POST', `/clusters/${crypto.randomUUID()}/merge`, {
      from_cluster_id: from.cluster_id,
    });
    expect(nowhere.status).toBe(404);

    const merged = await operator('POST', path, { from_cluster_id: from.cluster_id });
    expect(merged.status).toBe(200);
    expect(merged.body.data).toEqual({ cluster_id: into.cluster_id, merged_faces: 1, person_id: null });
    expect(await holding(stuart.faceId)()).toMatchObject({ cluster_id: into.cluster_id, face_count: 2 });
    expect((await allClusters(50)).find((c) => c.cluster_id === from.cluster_id)).toBeUndefined();

    // two clusters named into persons: merge the persons instead
    const bernadette = await unknownFace('identities/bernadette/bernadette1.png');
    const leonard = await unknownFace('identities/leonard/leonard1.png');
    const named = [];
    for (const [face, name] of [
      [bernadette, 'Bernadette'],
      [leonard, 'Leonard'],
    ] as const) {
      const cluster = await waitFor(`${name} clustered`, holding(face.faceId));
      const naming = await operator('POST', `/clusters/${cluster.cluster_id}/person`, { name });
      expect(naming.status).toBe(201);
      named.push(naming.body.data as { cluster_id: string; person_id: string });
    }
    const [bern, leo] = named as [{ cluster_id: string; person_id: string }, { cluster_id: string; person_id: string }];
    const conflict = await operator('POST', `/clusters/${bern.cluster_id}/merge`, { from_cluster_id: leo.cluster_id });
    expect([conflict.status, conflict.body.code]).toEqual([409, 'CONFLICT']);
    expect(conflict.body.message).toContain(`/persons/${bern.person_id}/merge`);

    // the pair of no person into Bernadette's cluster: its faces are hers now
    const joined = await operator('POST', `/clusters/${bern.cluster_id}/merge`, { from_cluster_id: into.cluster_id });
    expect(joined.status).toBe(200);
    expect(joined.body.data).toEqual({ cluster_id: bern.cluster_id, merged_faces: 2, person_id: bern.person_id });
    for (const face of [penny, stuart])
      expect((await viewer('GET', `/faces/${face.faceId}`)).body.data.person_id).toBe(bern.person_id);
    // the face.assigned of the merge leaves the faces where they were put
    await sleep(300);
    expect(await holding(penny.faceId)()).toBeUndefined();
    expect(await holding(stuart.faceId)()).toBeUndefined();
  });
});
