import { createSigner } from 'fast-jwt';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../testing/api-client.js';
import { createTestApi, loginAs } from '../testing/test-api.js';

// Usernames without regard to case, password changes (own and by an admin) that end the tokens issued
// before, and tokens whose issue time lies in the future.

const api = await createTestApi();
afterAll(() => api.close());
const admin = apiCaller(api.app, await api.adminHeaders());

async function newUser(username: string, password = 'first-password-1') {
  const created = await admin('POST', '/users', { username, password, role: 'viewer' });
  expect(created.status, created.body.message).toBe(201);
  return created.body.data.user_id as string;
}
const statusWith = async (headers: Record<string, string>) =>
  (await apiCaller(api.app, headers)('GET', '/auth/me')).status;

describe('usernames', () => {
  it('are one username whatever their case', async () => {
    await newUser('fz_admin2');
    const again = await admin('POST', '/users', { username: 'FZ_ADMIN2', password: 'other-password-1', role: 'admin' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, code: 'CONFLICT' });
    expect(await statusWith(await loginAs(api.app, 'FZ_Admin2', 'first-password-1'))).toBe(200);
    const users = (await admin('GET', '/users')).body.data as Array<{ username: string }>;
    expect(users.filter((u) => u.username.toLowerCase() === 'fz_admin2').map((u) => u.username)).toEqual(['fz_admin2']);
  });
});

describe('POST /auth/password', () => {
  it('changes your own password, answers a new token and ends the old ones', async () => {
    await newUser('changes-own');
    const before = await loginAs(api.app, 'changes-own', 'first-password-1');
    const other = await loginAs(api.app, 'changes-own', 'first-password-1');
    const me = apiCaller(api.app, before);
    const wrong = await me('POST', '/auth/password', {
      current_password: 'not-it-123',
      new_password: 'second-password-2',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.message).toMatch(/current_password is wrong/);
    const short = await me('POST', '/auth/password', { current_password: 'first-password-1', new_password: 'short' });
    expect(short.status).toBe(400);

    const changed = await me('POST', '/auth/password', {
      current_password: 'first-password-1',
      new_password: 'second-password-2',
    });
    expect(changed.status).toBe(200);
    const fresh = { authorization: `Bearer ${changed.body.data.access_token}` };
    expect(await statusWith(fresh)).toBe(200);
    for (const old of [before, other]) {
      const refused = await apiCaller(api.app, old)('GET', '/auth/me');
      expect(refused.status).toBe(401);
      expect(refused.body.message).toMatch(/issued before the password changed/);
    }
    await expect(loginAs(api.app, 'changes-own', 'first-password-1')).rejects.toThrow(/401/);
    expect(await statusWith(await loginAs(api.app, 'changes-own', 'second-password-2'))).toBe(200);
  });

  it('is for users: an API key has no password', async () => {
    const key = (await admin('POST', '/api-keys', { name: 'no-password', role: 'viewer' })).body.data.key;
    const answer = await apiCaller(api.app, { 'x-api-key': key })('POST', '/auth/password', {
      current_password: 'whatever-1',
      new_password: 'whatever-2-long',
    });
    expect(answer.status).toBe(403);
  });
});

describe('POST /users/{user_id}/password', () => {
  it("lets an admin set a user's password, ending their tokens", async () => {
    const id = await newUser('reset-by-admin');
    const before = await loginAs(api.app, 'reset-by-admin', 'first-password-1');
    const set = await admin('POST', `/users/${id}/password`, { password: 'set-by-admin-3' });
    expect(set.status).toBe(200);
    expect(set.body.data).toMatchObject({ user_id: id, username: 'reset-by-admin' });
    expect(await statusWith(before)).toBe(401);
    expect(await statusWith(await loginAs(api.app, 'reset-by-admin', 'set-by-admin-3'))).toBe(200);
    expect((await admin('POST', '/users/nobody/password', { password: 'set-by-admin-3' })).status).toBe(404);
    const viewer = apiCaller(api.app, await api.headersFor('viewer'));
    expect((await viewer('POST', `/users/${id}/password`, { password: 'set-by-viewer-4' })).status).toBe(403);
  });
});

describe('access tokens issued in the future', () => {
  const key = api.deps.config.auth.jwtSecret as string;
  const tokenIssuedIn = (ms: number, sub: string) =>
    createSigner({ key, algorithm: 'HS256', expiresIn: 7_200_000, clockTimestamp: Date.now() + ms })({ sub });

  it('are refused beyond the clock skew of the settings, and taken within it', async () => {
    const id = await newUser('future-tokens');
    const future = { authorization: `Bearer ${tokenIssuedIn(3_600_000, id)}` };
    const refused = await apiCaller(api.app, future)('GET', '/auth/me');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/in the future/) });
    expect(await statusWith({ authorization: `Bearer ${tokenIssuedIn(20_000, id)}` })).toBe(200);
  });
});
