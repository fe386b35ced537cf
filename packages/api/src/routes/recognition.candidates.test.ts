import { requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// include_candidates=true on recognize and search: whom an unknown face nearly matched, under the threshold.

const faces = requireTestData('faces');
const api = await createTestApi();
afterAll(() => api.close());
const call = apiCaller(api.app, await api.adminHeaders());
const viewer = apiCaller(api.app, await api.headersFor('viewer'));

interface Candidate {
  person_id: string;
  name: string | null;
  external_id: string | null;
  similarity: number;
}

const persons: Record<string, { person_id: string; external_id: string }> = {};
beforeAll(async () => {
  if (!faces) return;
  for (const name of ['sheldon', 'leonard']) {
    const person = (await call('POST', '/persons', { external_id: `${name}-${crypto.randomUUID()}`, name })).body.data;
    await call('POST', '/faces/enroll', {
      person_id: person.person_id,
      image_data: b64(`identities/${name}/${name}1.png`),
    });
    persons[name] = person;
  }
});

/** a threshold no other photo of sheldon reaches: his face is unknown, and he the nearest */
const STRICT = 0.9999;

describe.skipIf(!faces)('include_candidates', () => {
  it('names the closest persons under the threshold of an unknown face on recognize, best first', async () => {
    const image_data = b64('identities/sheldon/sheldon3.png');
    const asked = await viewer('POST', '/faces/recognize', { image_data, threshold: STRICT, include_candidates: true });
    expect(asked.status).toBe(200);
    const [face] = asked.body.data.faces;
    expect(face.person_id).toBeNull();
    const candidates: Candidate[] = face.candidates;
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(3);
    expect(candidates[0]).toEqual({
      person_id: persons.sheldon?.person_id,
      name: 'sheldon',
      external_id: persons.sheldon?.external_id,
      similarity: face.similarity,
    });
    for (const c of candidates) expect(c.similarity).toBeLessThan(STRICT);
    expect(candidates.map((c) => c.similarity)).toEqual([...candidates.map((c) => c.similarity)].sort((a, b) => b - a));

    // not asked: no field; a face that is recognized: none
    const plain = await viewer('POST', '/faces/recognize', { image_data, threshold: STRICT });
    expect(plain.body.data.faces[0]).not.toHaveProperty('candidates');
    const known = await viewer('POST', '/faces/recognize', { image_data, include_candidates: true });
    expect(known.body.data.faces[0]).toMatchObject({ person_id: persons.sheldon?.person_id, candidates: [] });
    // nothing recorded for a candidate
    const timeline = await viewer('GET', `/persons/${persons.sheldon?.person_id}/timeline`);
    expect(timeline.body.data.appearances).toHaveLength(1); // the recognized one only
  });

  it('names them on search when no face matched', async () => {
    const image_data = b64('identities/leonard/leonard3.png');
    const strict = await viewer('POST', '/faces/search', { image_data, threshold: STRICT, include_candidates: true });
    expect(strict.status).toBe(200);
    expect(strict.body.data.matches).toEqual([]);
    expect(strict.body.data.candidates[0]).toMatchObject({ person_id: persons.leonard?.person_id, name: 'leonard' });
    const matched = await viewer('POST', '/faces/search', { image_data, include_candidates: true });
    expect(matched.body.data.matches[0].person_id).toBe(persons.leonard?.person_id);
    expect(matched.body.data.candidates).toEqual([]);
    expect((await viewer('POST', '/faces/search', { image_data })).body.data).not.toHaveProperty('candidates');
    expect((await viewer('POST', '/faces/search', { image_data, include_candidates: 'maybe' })).status).toBe(400);
  });
});
