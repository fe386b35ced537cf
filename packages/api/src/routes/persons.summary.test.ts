import { randomBytes } from 'node:crypto';
import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// A person's face_count and cover_face_id through every change of their faces, and GET /persons?q=.

const faces = requireTestData('faces');

const api = await createTestApi();
afterAll(() => api.close());
const operator = apiCaller(api.app, await api.headersFor('operator'));
const viewer = apiCaller(api.app, await api.headersFor('viewer'));
const tag = () => randomBytes(5).toString('hex');

interface Shown {
  person_id: string;
  face_count: number;
  cover_face_id: string | null;
}
interface EnrolledFace {
  face_id: string;
  quality: number;
  created_at: string;
}

const person = async (id: string): Promise<Shown> => (await viewer('GET', `/persons/${id}`)).body.data;

async function enroll(personId: string, file: string): Promise<EnrolledFace> {
  const answer = await operator('POST', '/faces/enroll', { person_id: personId, image_data: b64(file) });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  const faceId = answer.body.data.faces[0].face_id;
  return (await viewer('GET', `/faces/${faceId}`)).body.data;
}

/** the best quality, among equals the oldest, then the lowest id */
const coverOf = (list: EnrolledFace[]) =>
  [...list].sort(
    (a, b) => b.quality - a.quality || a.created_at.localeCompare(b.created_at) || a.face_id.localeCompare(b.face_id),
  )[0]?.face_id ?? null;

describe.skipIf(!faces)('face_count and cover_face_id', () => {
  it('follow enrollment, face deletion, a move, a clustering assignment, a merge and an erasure', async () => {
    const a = (await operator('POST', '/persons', { name: `cover ${tag()}` })).body.data;
    expect(a).toMatchObject({ face_count: 0, cover_face_id: null });
    const enrolled = [];
    for (const file of ['amy1.png', 'amy2.png', 'amy3.png'])
      enrolled.push(await enroll(a.person_id, `identities/amy/${file}`));
    expect(await person(a.person_id)).toMatchObject({ face_count: 3, cover_face_id: coverOf(enrolled) });
    // the newest face made the best: it becomes the cover over older ones
    const newest = enrolled[2] as EnrolledFace;
    const stored = await api.deps.storage.metadata.faces.get(newest.face_id);
    const best = Math.max(...enrolled.map((f) => f.quality)) + 0.5;
    await api.deps.storage.metadata.faces.put({ ...(stored as NonNullable<typeof stored>), quality: best });
    newest.quality = best;
    expect(coverOf(enrolled)).toBe(newest.face_id);
    expect(await person(a.person_id)).toMatchObject({ face_count: 3, cover_face_id: newest.face_id });

    // the cover deleted: the next best takes its place
    const cover = coverOf(enrolled) as string;
    expect((await operator('DELETE', `/faces/${cover}`)).status).toBe(200);
    let left = enrolled.filter((f) => f.face_id !== cover);
    expect(await person(a.person_id)).toMatchObject({ face_count: 2, cover_face_id: coverOf(left) });

    // a face moved to another person counts there, not here
    const b = (await operator('POST', '/persons', { name: `other ${tag()}` })).body.data;
    const moving = left[0] as EnrolledFace;
    expect((await operator('POST', `/faces/${moving.face_id}/move`, { person_id: b.person_id })).status).toBe(200);
    left = left.filter((f) => f.face_id !== moving.face_id);
    expect(await person(a.person_id)).toMatchObject({ face_count: 1, cover_face_id: coverOf(left) });
    expect(await person(b.person_id)).toMatchObject({ face_count: 1, cover_face_id: moving.face_id });

    // clustering puts a face in a person through the face records (as face-cluster does)
    const loose = await enroll(b.person_id, 'identities/amy/amy4.png');
    await api.deps.storage.metadata.faces.assign(loose.face_id, a.person_id);
    left.push(loose);
    expect(await person(a.person_id)).toMatchObject({ face_count: 2, cover_face_id: coverOf(left) });

    // a merge answers the person that stays with every face
    const merged = await operator('POST', `/persons/${a.person_id}/merge`, { from_person_id: b.person_id });
    expect(merged.status).toBe(200);
    const all = [...left, moving];
    expect(merged.body.data.person).toMatchObject({ face_count: 3, cover_face_id: coverOf(all) });
    expect(await person(a.person_id)).toEqual(merged.body.data.person);

    // listed the same way, and gone with the person
    const listed = (await viewer('GET', '/persons?limit=1000')).body.data.persons.find(
      (p: Shown) => p.person_id === a.person_id,
    );
    expect(listed).toMatchObject({ face_count: 3, cover_face_id: coverOf(all) });
    expect((await operator('DELETE', `/persons/${a.person_id}`)).body.data.deleted_faces).toBe(3);
    expect((await viewer('GET', `/persons/${a.person_id}`)).status).toBe(404);
    expect((await api.deps.storage.metadata.faces.listByPerson(a.person_id, { limit: 10 })).items).toEqual([]);
  });
});

describe('GET /persons?q=', () => {
  it('finds by name or external id, ignoring case, over the whole collection, page by page', async () => {
    const word = `Zq${tag()}`;
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const fields = i % 2 === 0 ? { name: `Ada ${word} ${i}` } : { external_id: `emp-${word.toLowerCase()}-${i}` };
      made.push((await operator('POST', '/persons', fields)).body.data.person_id);
      await operator('POST', '/persons', { name: `someone else ${tag()}` });
    }
    const needle = word.toUpperCase().slice(1); // another case, and not at the start
    for (const order of ['newest', 'name']) {
      const paged: string[] = [];
      let token: string | null = null;
      do {
        const answer: { status: number; body: { data: { persons: Shown[]; next_page_token: string | null } } } =
          await viewer('GET', `/persons?q=${needle}&order=${order}&limit=2${token ? `&page_token=${token}` : ''}`);
        expect(answer.status).toBe(200);
        expect(answer.body.data.persons.length).toBeLessThanOrEqual(2);
        paged.push(...answer.body.data.persons.map((p) => p.person_id));
        token = answer.body.data.next_page_token;
      } while (token);
      expect(new Set(paged).size).toBe(paged.length);
      expect([...paged].sort()).toEqual([...made].sort());
      const unfiltered = (await viewer('GET', `/persons?order=${order}&limit=1000`)).body.data.persons
        .map((p: Shown) => p.person_id)
        .filter((id: string) => made.includes(id));
      expect(paged).toEqual(unfiltered); // in the order of the list
    }
    expect((await viewer('GET', `/persons?q=nobody-has-${tag()}`)).body.data).toEqual({
      persons: [],
      next_page_token: null,
    });
  });

  it('refuses a token of another search or of the plain list, and an empty q', async () => {
    const word = `Qz${tag()}`;
    for (let i = 0; i < 3; i++) await operator('POST', '/persons', { name: `${word} ${i}` });
    const token = (await viewer('GET', `/persons?q=${word}&limit=1`)).body.data.next_page_token;
    expect(token).toEqual(expect.any(String));
    expect((await viewer('GET', `/persons?q=${word}x&limit=1&page_token=${token}`)).status).toBe(400);
    expect((await viewer('GET', `/persons?limit=1&page_token=${token}`)).status).toBe(400);
    expect((await viewer('GET', '/persons?q=')).status).toBe(400);
  });
});
