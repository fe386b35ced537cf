import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// Creates answer 201 with the Location of what they made; every DELETE answers the same way.

const api = await createTestApi();
afterAll(() => api.close());
const admin = apiCaller(api.app, await api.adminHeaders());
const follow = async (location: string | undefined) =>
  (await api.app.inject({ url: location ?? '/nowhere', headers: await api.adminHeaders() })).json();

describe('creates and deletes', () => {
  it('POST /persons, /users and /api-keys answer 201 with a Location that GETs what they made', async () => {
    const cases = [
      { url: '/persons', payload: { name: 'Grace' }, id: 'person_id' },
      {
        url: '/users',
        payload: { username: 'located', password: 'located-password-1', role: 'viewer' },
        id: 'user_id',
      },
      { url: '/api-keys', payload: { name: 'located-key', role: 'viewer' }, id: 'key_id' },
    ];
    for (const { url, payload, id } of cases) {
      const made = await api.app.inject({
        method: 'POST',
        url: `/api/v1${url}`,
        headers: await api.adminHeaders(),
        payload,
      });
      expect(made.statusCode, url).toBe(201);
      const body = made.json();
      expect(made.headers.location, url).toBe(`/api/v1${url}/${body.data[id]}`);
      const shown = await follow(made.headers.location as string);
      expect(shown.data[id], url).toBe(body.data[id]);
    }
  });

  it('every DELETE answers 200 with the id of what went, named after its kind; again, 404', async () => {
    const person = (await admin('POST', '/persons', { name: 'Gone' })).body.data.person_id;
    const user = (await admin('POST', '/users', { username: 'gone-user', password: 'gone-password-1', role: 'viewer' }))
      .body.data.user_id;
    const key = (await admin('POST', '/api-keys', { name: 'gone-key', role: 'viewer' })).body.data.key_id;

    const deletedPerson = await admin('DELETE', `/persons/${person}`);
    expect(deletedPerson).toMatchObject({ status: 200, body: { success: true, message: 'person deleted' } });
    expect(deletedPerson.body.data).toEqual({ person_id: person, deleted_faces: 0, deleted_images: 0 });
    const deletedUser = await admin('DELETE', `/users/${user}`);
    expect(deletedUser).toMatchObject({ status: 200, body: { message: 'user deleted', data: { user_id: user } } });
    const deletedKey = await admin('DELETE', `/api-keys/${key}`);
    expect(deletedKey).toMatchObject({ status: 200, body: { message: 'API key revoked', data: { key_id: key } } });

    expect((await admin('DELETE', `/persons/${person}`)).status).toBe(404);
    expect((await admin('DELETE', `/users/${user}`)).status).toBe(404);
    expect((await admin('DELETE', '/faces/no-such-face')).status).toBe(404);
  });

  it('documents the 201 and its Location in the OpenAPI document', async () => {
    const doc = (await api.app.inject('/docs/json')).json();
    for (const path of ['/api/v1/persons', '/api/v1/users', '/api/v1/api-keys', '/api/v1/faces/enroll']) {
      const answer = doc.paths[path].post.responses['201'];
      expect(answer?.headers?.Location, path).toBeDefined();
    }
    expect(doc.paths['/api/v1/faces/enroll_async'].post.responses['202'].headers.Location).toBeDefined();
  });
});
