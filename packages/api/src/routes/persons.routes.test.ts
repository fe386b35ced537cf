import { randomBytes } from 'node:crypto';
import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

const api = await createTestApi();
afterAll(() => api.close());
const call = apiCaller(api.app, await api.adminHeaders());
const viewer = apiCaller(api.app, await api.headersFor('viewer'));
const operator = apiCaller(api.app, await api.headersFor('operator'));
const ext = () => `ext-${randomBytes(6).toString('hex')}`;

describe('persons', () => {
  it('creates, reads, changes and finds a person by external id', async () => {
    const externalId = ext();
    const created = await operator('POST', '/persons', {
      external_id: externalId,
      name: 'Penny',
      metadata: { floor: 4 },
    });
    expect(created.status).toBe(201);
    const person = created.body.data;
    expect(person).toEqual({
      person_id: expect.any(String),
      external_id: externalId,
      name: 'Penny',
      metadata: { floor: 4 },
      retention_days: null,
      face_count: 0,
      cover_face_id: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await viewer('GET', `/persons/${person.person_id}`)).body.data).toEqual(person);
    expect((await viewer('GET', `/persons/by_external_id/${externalId}`)).body.data).toEqual(person);

    const renamed = await operator('PUT', `/persons/${person.person_id}`, { name: 'Penny H.' });
    expect(renamed.body.data).toMatchObject({ external_id: externalId, name: 'Penny H.', metadata: { floor: 4 } });
    const cleared = await operator('PUT', `/persons/${person.person_id}`, {
      name: null,
      external_id: null,
      metadata: {},
    });
    expect(cleared.body.data).toMatchObject({ external_id: null, name: null, metadata: {} });
    expect((await viewer('GET', `/persons/by_external_id/${externalId}`)).status).toBe(404);
  });

  it('refuses an external id that is taken, on create and on change (409)', async () => {
    const externalId = ext();
    const first = (await call('POST', '/persons', { external_id: externalId })).body.data;
    const taken = await call('POST', '/persons', { external_id: externalId });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('CONFLICT');
    const other = (await call('POST', '/persons', {})).body.data;
    expect((await call('PUT', `/persons/${other.person_id}`, { external_id: externalId })).status).toBe(409);
    expect((await call('PUT', `/persons/${first.person_id}`, { external_id: externalId })).status).toBe(200);
  });

  it('finds several by external id, in the order asked, and tells which are missing', async () => {
    const [a, b] = [ext(), ext()];
    await call('POST', '/persons', { external_id: a });
    await call('POST', '/persons', { external_id: b });
    const found = await viewer('GET', `/persons/by_external_ids?external_ids=${b},nobody,${a}`);
    expect(found.body.data.persons.map((p: { external_id: string }) => p.external_id)).toEqual([b, a]);
    expect(found.body.data.missing).toEqual(['nobody']);
    expect((await viewer('GET', '/persons/by_external_ids?external_ids=')).status).toBe(400);
    expect((await viewer('GET', '/persons/by_external_ids')).status).toBe(400);
    const tooMany = Array.from({ length: 101 }, (_, i) => `e${i}`).join(',');
    expect((await viewer('GET', `/persons/by_external_ids?external_ids=${tooMany}`)).status).toBe(400);
  });

  it('lists every person once across pages, and refuses a page token of another list', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/persons', { name: `p${i}` });
    const all = (await viewer('GET', '/persons?limit=1000')).body.data.persons.map(
      (p: { person_id: string }) => p.person_id,
    );
    const paged: string[] = [];
    let token: string | null = null;
    do {
      const page: { body: { data: { persons: Array<{ person_id: string }>; next_page_token: string | null } } } =
        await viewer('GET', `/persons?limit=2${token ? `&page_token=${token}` : ''}`);
      expect(page.body.data.persons.length).toBeLessThanOrEqual(2);
      paged.push(...page.body.data.persons.map((p) => p.person_id));
      token = page.body.data.next_page_token;
    } while (token);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);

    const personToken = (await viewer('GET', '/persons?limit=1')).body.data.next_page_token;
    const someone = all[0];
    const wrongList = await viewer('GET', `/persons/${someone}/timeline?page_token=${personToken}`);
    expect(wrongList.status).toBe(400);
    expect(wrongList.body).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('page_token') });
    expect((await viewer('GET', '/persons?page_token=garbage!')).status).toBe(400);
    expect((await viewer('GET', `/persons?page_token=${Buffer.from('{"v":1}').toString('base64url')}`)).status).toBe(
      400,
    );
    expect((await viewer('GET', '/persons?limit=0')).status).toBe(400);
    expect((await viewer('GET', '/persons?limit=abc')).status).toBe(400);
  });

  it('answers 404 for unknown ids everywhere', async () => {
    const nobody = crypto.randomUUID();
    for (const [method, url] of [
      ['GET', `/persons/${nobody}`],
      ['PUT', `/persons/${nobody}`],
      ['DELETE', `/persons/${nobody}`],
      ['GET', `/persons/${nobody}/timeline`],
      ['GET', `/persons/${nobody}/appearances`],
      ['GET', `/persons/by_external_id/${nobody}`],
    ] as const) {
      const answer = await call(method, url, method === 'PUT' ? { name: 'x' } : undefined);
      expect(answer.status, `${method} ${url}`).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
  });

  it('lets viewers read but not write', async () => {
    expect((await viewer('POST', '/persons', {})).status).toBe(403);
    const id = (await call('POST', '/persons', {})).body.data.person_id;
    expect((await viewer('PUT', `/persons/${id}`, { name: 'x' })).status).toBe(403);
    expect((await viewer('DELETE', `/persons/${id}`)).status).toBe(403);
    expect((await viewer('GET', `/persons/${id}`)).status).toBe(200);
  });

  it.skipIf(!faces)('deletes a person with their faces, vectors, appearances and unshared images', async () => {
    const id = (await call('POST', '/persons', { external_id: ext() })).body.data.person_id;
    const other = (await call('POST', '/persons', {})).body.data.person_id;
    const own = (
      await call('POST', '/faces/enroll', {
        person_id: id,
        image_data: b64('identities/stuart/stuart1.png'),
        source_id: 'door',
      })
    ).body.data;
    const shared = (
      await call('POST', '/faces/enroll', { person_id: id, image_data: b64('identities/stuart/stuart2.png') })
    ).body.data;
    await call('POST', '/faces/enroll', { person_id: other, image_data: b64('identities/stuart/stuart2.png') });

    const deleted = await operator('DELETE', `/persons/${id}`);
    expect(deleted.body.data).toEqual({ person_id: id, deleted_faces: 2, deleted_images: 1 });
    expect((await call('GET', `/images/${own.image_id}`)).status).toBe(404);
    expect((await call('GET', `/images/${shared.image_id}`)).status).toBe(200); // the other person's face uses it
    expect((await call('GET', `/faces/${own.faces[0].face_id}`)).status).toBe(404);
    expect((await api.deps.storage.metadata.appearances.listByPerson(id, { limit: 10 })).items).toEqual([]);
    const { embedder } = api.deps.analyzer;
    const index = await api.deps.storage.vectors.index(embedder.id, embedder.dimension);
    expect(
      await index.search(new Float32Array(embedder.dimension).fill(1), 5, { kind: 'person', personId: id }),
    ).toEqual([]);
    expect((await call('GET', `/persons/${other}`)).status).toBe(200);
  });
});

describe('timeline and appearances', () => {
  const places = [
    { lat: 48.8566, lon: 2.3522 }, // Paris
    { lat: 51.5074, lon: -0.1278 }, // London
    { lat: 52.52, lon: 13.405 }, // Berlin
  ];

  async function appearances(count: number): Promise<{ personId: string; seen: Array<{ at: string; place: number }> }> {
    const personId = (await call('POST', '/persons', {})).body.data.person_id;
    const seen: Array<{ at: string; place: number }> = [];
    for (let i = 0; i < count; i++) {
      const at = new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString();
      await api.deps.storage.metadata.appearances.add({
        personId,
        seenAt: new Date(at),
        appearanceId: crypto.randomUUID(),
        imageId: randomBytes(32).toString('hex'),
        similarity: 0.95,
        sourceId: `cam-${i % 3}`,
        location: places[i % 3],
      });
      seen.push({ at, place: i % 3 });
    }
    return { personId, seen: seen.reverse() }; // newest first
  }

  async function collect(url: string): Promise<string[]> {
    const out: string[] = [];
    let token: string | null = null;
    do {
      const page = await viewer('GET', `${url}${token ? `&page_token=${token}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      out.push(...page.body.data.appearances.map((a: { seen_at: string }) => a.seen_at));
      token = page.body.data.next_page_token;
    } while (token);
    return out;
  }

  it('pages through the filtered appearances without skipping or repeating any', async () => {
    const { personId, seen } = await appearances(30);
    expect(await collect(`/persons/${personId}/timeline?limit=4`)).toEqual(seen.map((s) => s.at));
    // within 50 km of Paris: every third appearance
    expect(await collect(`/persons/${personId}/appearances?limit=3&lat=48.85&lon=2.35&radius_km=50`)).toEqual(
      seen.filter((s) => s.place === 0).map((s) => s.at),
    );
    // a box over London and Paris, in a time window
    const from = '2024-01-01T00:05:00Z';
    const to = '2024-01-01T00:20:00Z';
    expect(
      await collect(
        `/persons/${personId}/appearances?limit=2&min_lat=48&min_lon=-1&max_lat=52&max_lon=3&from=${from}&to=${to}`,
      ),
    ).toEqual(
      seen.filter((s) => s.place !== 2 && s.at >= '2024-01-01T00:05' && s.at < '2024-01-01T00:20').map((s) => s.at),
    );
  });

  it('refuses a token made for other filters, and filters that do not go together', async () => {
    const { personId } = await appearances(6);
    const first = await viewer('GET', `/persons/${personId}/appearances?limit=1&lat=48.85&lon=2.35&radius_km=50`);
    const token = first.body.data.next_page_token;
    expect(token).toEqual(expect.any(String));
    const otherFilter = await viewer(
      'GET',
      `/persons/${personId}/appearances?limit=1&lat=48.85&lon=2.35&radius_km=60&page_token=${token}`,
    );
    expect(otherFilter.status).toBe(400);
    for (const query of [
      'lat=1&lon=2',
      'lat=1&lon=2&radius_km=5&min_lat=0&min_lon=0&max_lat=1&max_lon=1',
      'min_lat=2&min_lon=0&max_lat=1&max_lon=1',
      'min_lat=0&min_lon=0',
      'lat=91&lon=0&radius_km=1',
      'lat=1&lon=2&radius_km=-1',
      'from=yesterday',
      'from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z',
    ]) {
      const answer = await viewer('GET', `/persons/${personId}/appearances?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.code).toBe('INVALID_ARGUMENT');
    }
  });
});
