import { randomBytes } from 'node:crypto';
import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

// Merging persons and moving faces through the REST API (embedded: the API's own clustering in process).

const api = await createTestApi();
afterAll(() => api.close());
const operator = apiCaller(api.app, await api.headersFor('operator'));
const viewer = apiCaller(api.app, await api.headersFor('viewer'));
const ext = () => `ext-${randomBytes(6).toString('hex')}`;

/** a person with one enrolled face of this image: its person id and face id */
async function enrolled(file: string, fields: { name?: string } = {}): Promise<{ personId: string; faceId: string }> {
  const person = (await operator('POST', '/persons', { external_id: ext(), ...fields })).body.data;
  const answer = await operator('POST', '/faces/enroll', { person_id: person.person_id, image_data: b64(file) });
  expect(answer.status).toBe(201);
  return { personId: person.person_id, faceId: answer.body.data.faces[0].face_id };
}

/** the person ids a search for this image's face finds, per face */
async function searchPersons(file: string): Promise<Map<string, string | null>> {
  const { matches } = (await viewer('POST', '/faces/search', { image_data: b64(file), top_k: 50, threshold: -1 })).body
    .data;
  return new Map(matches.map((m: { face_id: string; person_id: string | null }) => [m.face_id, m.person_id]));
}

describe.skipIf(!faces)('POST /persons/{person_id}/merge', () => {
  it('merges another person into this one: faces (and their vectors), fields it lacks; the other goes', async () => {
    const into = await enrolled('identities/penny/penny1.png');
    const from = await enrolled('identities/penny/penny2.png', { name: 'Penny' });
    const appearance = await operator('POST', '/faces/recognize', {
      image_data: b64('identities/penny/penny2.png'),
      source_id: 'door',
    });
    expect(appearance.body.data.faces[0].person_id).toBe(from.personId);

    const merged = await operator('POST', `/persons/${into.personId}/merge`, { from_person_id: from.personId });
    expect(merged.status).toBe(200);
    expect(merged.body.data).toEqual({
      person_id: into.personId,
      merged_person_id: from.personId,
      moved_faces: 1,
      moved_appearances: 1,
      person: expect.objectContaining({ person_id: into.personId, name: 'Penny', face_count: 2 }),
    });
    expect((await viewer('GET', `/persons/${from.personId}`)).status).toBe(404);
    expect((await viewer('GET', `/persons/${into.personId}`)).body.data.name).toBe('Penny');
    expect((await viewer('GET', `/faces/${from.faceId}`)).body.data.person_id).toBe(into.personId);
    // the vector follows: recognition names the person that stays
    expect((await searchPersons('identities/penny/penny2.png')).get(from.faceId)).toBe(into.personId);
    const timeline = (await viewer('GET', `/persons/${into.personId}/timeline`)).body.data.appearances;
    expect(timeline.map((a: { source_id: string }) => a.source_id)).toEqual(['door']);
  });

  it('says what is wrong: the same person (400), an unknown one (404), a viewer (403), no body (400)', async () => {
    const a = await enrolled('identities/amy/amy1.png');
    const same = await operator('POST', `/persons/${a.personId}/merge`, { from_person_id: a.personId });
    expect([same.status, same.body.code]).toEqual([400, 'INVALID_ARGUMENT']);
    const unknown = await operator('POST', `/persons/${a.personId}/merge`, { from_person_id: 'nobody' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await operator('POST', `/persons/nobody/merge`, { from_person_id: a.personId })).status).toBe(404);
    expect((await viewer('POST', `/persons/${a.personId}/merge`, { from_person_id: 'x' })).status).toBe(403);
    expect((await operator('POST', `/persons/${a.personId}/merge`, {})).status).toBe(400);
  });
});

describe.skipIf(!faces)('POST /faces/{face_id}/move', () => {
  it('moves a face to another person in the records and the vectors', async () => {
    const wrong = await enrolled('identities/raj/raj1.png');
    const right = await enrolled('identities/howard/howard1.png');
    const moved = await operator('POST', `/faces/${wrong.faceId}/move`, { person_id: right.personId });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toEqual({
      face_id: wrong.faceId,
      person_id: right.personId,
      previous_person_id: wrong.personId,
      moved: true,
    });
    expect((await viewer('GET', `/faces/${wrong.faceId}`)).body.data.person_id).toBe(right.personId);
    expect((await searchPersons('identities/raj/raj1.png')).get(wrong.faceId)).toBe(right.personId);
    const again = await operator('POST', `/faces/${wrong.faceId}/move`, { person_id: right.personId });
    expect(again.body.data.moved).toBe(false);
    // a person someone made stays, faces or none
    expect((await viewer('GET', `/persons/${wrong.personId}`)).status).toBe(200);
  });

  it('says what is wrong: an unknown face or person (404), a viewer (403), no person (400)', async () => {
    const a = await enrolled('identities/leonard/leonard1.png');
    expect((await operator('POST', '/faces/nobody/move', { person_id: a.personId })).status).toBe(404);
    expect((await operator('POST', `/faces/${a.faceId}/move`, { person_id: 'nobody' })).status).toBe(404);
    expect((await viewer('POST', `/faces/${a.faceId}/move`, { person_id: a.personId })).status).toBe(403);
    expect((await operator('POST', `/faces/${a.faceId}/move`, {})).status).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('documents both operations with their bodies and answers', async () => {
    const doc = (await api.app.inject('/docs/json')).json();
    const merge = doc.paths['/api/v1/persons/{person_id}/merge']?.post;
    const move = doc.paths['/api/v1/faces/{face_id}/move']?.post;
    for (const operation of [merge, move]) {
      expect(operation?.summary).toEqual(expect.any(String));
      expect(operation?.responses['200']).toBeDefined();
    }
    expect(Object.keys(merge.requestBody.content['application/json'].schema.properties)).toEqual(['from_person_id']);
    expect(Object.keys(move.requestBody.content['application/json'].schema.properties)).toEqual(['person_id']);
    expect(merge.tags).toEqual(['persons']);
    expect(move.tags).toEqual(['faces']);
  });
});
