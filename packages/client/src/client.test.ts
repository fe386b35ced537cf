import type { AddressInfo } from 'node:net';
import { createTestApi, TEST_ADMIN } from '@freeface/api/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createFreefaceClient } from './index.js';

// The generated client against the real API listening on a loopback port: typed calls, real answers.

const api = await createTestApi();
await api.app.listen({ host: '127.0.0.1', port: 0 });
const baseUrl = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
afterAll(() => api.close());

describe('createFreefaceClient', () => {
  it('logs in, creates a person and reads it back through typed calls', async () => {
    const anonymous = createFreefaceClient({ baseUrl });
    const login = await anonymous.POST('/api/v1/auth/login', { body: TEST_ADMIN });
    expect(login.response.status).toBe(200);
    const token = login.data?.data.access_token;
    expect(token).toEqual(expect.any(String));

    const client = createFreefaceClient({ baseUrl: `${baseUrl}/`, token });
    const created = await client.POST('/api/v1/persons', { body: { name: 'Ada', external_id: 'client-ada' } });
    expect(created.response.ok).toBe(true);
    const personId = created.data?.data.person_id as string;
    const shown = await client.GET('/api/v1/persons/by_external_id/{external_id}', {
      params: { path: { external_id: 'client-ada' } },
    });
    expect(shown.data?.data).toMatchObject({ person_id: personId, name: 'Ada' });
  });

  it('answers the error envelope of a refused call', async () => {
    const client = createFreefaceClient({ baseUrl, token: 'not-a-token' });
    const refused = await client.GET('/api/v1/persons', { params: { query: {} } });
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ success: false, code: 'UNAUTHENTICATED' });
  });
});
