import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSigner } from 'fast-jwt';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../http/error-handler.js';
import { createTestApi, loginAs, TEST_ADMIN } from '../testing/test-api.js';
import { authGate } from './auth.plugin.js';

const api = await createTestApi();
afterAll(() => api.close());
const { app, deps } = api;
const API = '/api/v1';

const login = (username: string, password: string) =>
  app.inject({ method: 'POST', url: `${API}/auth/login`, payload: { username, password } });
const getMe = (headers: Record<string, string>) => app.inject({ url: `${API}/auth/me`, headers });
const adminId = async () => (await deps.storage.metadata.users.getByUsername(TEST_ADMIN.username))?.id as string;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('POST /auth/login', () => {
  it('answers a bearer token that opens the API for its lifetime', async () => {
    const response = await login(TEST_ADMIN.username, TEST_ADMIN.password);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ success: true, data: { token_type: 'Bearer', expires_in: 3600 } });
    expect(body.data.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const me = await getMe(bearer(body.data.access_token));
    expect(me.statusCode).toBe(200);
    expect(me.json().data).toEqual({ kind: 'user', id: await adminId(), role: 'admin', name: 'admin' });
  });

  it('answers 401 with the same message for a wrong password and an unknown user', async () => {
    const wrongPassword = await login(TEST_ADMIN.username, 'not-the-password');
    const unknownUser = await login('nobody-by-this-name', TEST_ADMIN.password);
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        success: false,
        code: 'UNAUTHENTICATED',
        message: 'wrong username or password',
        data: null,
      });
    }
  });

  it('answers 400 for a body without the fields, of the wrong types, or not JSON', async () => {
    const cases = [
      { payload: {} },
      { payload: { username: 'admin' } },
      { payload: { username: 1, password: true } },
      { payload: '{"username": ', headers: { 'content-type': 'application/json' } },
    ];
    for (const c of cases) {
      const response = await app.inject({ method: 'POST', url: `${API}/auth/login`, ...c });
      expect(response.statusCode, JSON.stringify(c)).toBe(400);
      expect(response.json().code).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('the auth gate', () => {
  const secret = deps.config.auth.jwtSecret as string;

  it('answers 401 without a token or key', async () => {
    const response = await app.inject(`${API}/metrics`);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'a valid access token or API key is required',
    });
  });

  it('answers 401 for an expired token', async () => {
    const sign = createSigner({ key: secret, algorithm: 'HS256' });
    const expired = sign({ sub: await adminId(), iat: nowSeconds() - 7200, exp: nowSeconds() - 60 });
    const response = await getMe(bearer(expired));
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe('the access token has expired; log in again');
  });

  it('answers 401 for a token signed with another secret, or with no signature at all', async () => {
    const claims = { sub: await adminId(), exp: nowSeconds() + 600 };
    const forged = createSigner({ key: 'some-other-secret-of-32-characters-or-more', algorithm: 'HS256' })(claims);
    const unsigned = createSigner({ algorithm: 'none' })(claims);
    for (const token of [forged, unsigned]) {
      const response = await getMe(bearer(token));
      expect(response.statusCode, token).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 401 for a malformed token or Authorization header', async () => {
    const validButNoSubject = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 60_000 })({ role: 'admin' });
    for (const authorization of [
      'Bearer not-a-jwt',
      'Bearer a.b.c',
      'Bearer ',
      'Basic YWRtaW46YWRtaW4tcGFzc3dvcmQtMTIz',
      `Bearer ${validButNoSubject}`,
    ]) {
      const response = await getMe({ authorization });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 401 for the token of a user deleted since', async () => {
    const admin = await api.adminHeaders();
    const created = await app.inject({
      method: 'POST',
      url: `${API}/users`,
      headers: admin,
      payload: { username: 'short-lived', password: 'short-lived-pw', role: 'viewer' },
    });
    const headers = await loginAs(app, 'short-lived', 'short-lived-pw');
    expect((await getMe(headers)).statusCode).toBe(200);
    await app.inject({ method: 'DELETE', url: `${API}/users/${created.json().data.user_id}`, headers: admin });
    const after = await getMe(headers);
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toBe('the user of this access token no longer exists');
  });

  it('lets a viewer read but not manage users or keys (403 naming the role needed)', async () => {
    const viewer = await api.headersFor('viewer');
    expect((await app.inject({ url: `${API}/metrics`, headers: viewer })).statusCode).toBe(200);
    expect((await getMe(viewer)).json().data.role).toBe('viewer');
    const denied = await app.inject({
      method: 'POST',
      url: `${API}/users`,
      headers: viewer,
      payload: { username: 'sneaky', password: 'sneaky-password', role: 'admin' },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({
      success: false,
      code: 'FORBIDDEN',
      message: 'this needs the admin role or higher; user test-viewer has the viewer role',
      data: null,
    });
    expect(await deps.storage.metadata.users.getByUsername('sneaky')).toBeUndefined();
  });

  it('lets an operator do what a viewer does, but not what only admins do', async () => {
    const operator = await api.headersFor('operator');
    expect((await app.inject({ url: `${API}/metrics`, headers: operator })).statusCode).toBe(200);
    for (const url of [`${API}/users`, `${API}/api-keys`]) {
      const response = await app.inject({ url, headers: operator });
      expect(response.statusCode, url).toBe(403);
      expect(response.json().message).toContain('needs the admin role');
    }
    const admin = await api.adminHeaders();
    expect((await app.inject({ url: `${API}/users`, headers: admin })).statusCode).toBe(200);
  });

  it('keeps health, liveness, readiness, login and the docs open to everyone', async () => {
    for (const url of [`${API}/health`, `${API}/health/live`, `${API}/health/ready`, '/docs/json', '/docs/']) {
      expect((await app.inject(url)).statusCode, url).toBe(200);
    }
    // a bad token on a public route does no harm
    expect((await app.inject({ url: `${API}/health`, headers: { authorization: 'Bearer junk' } })).statusCode).toBe(
      200,
    );
  });

  it('makes every route without an access setting admin-only', async () => {
    const bare = Fastify();
    registerErrorHandler(bare);
    await bare.register(authGate, { deps, publicPrefixes: [] });
    bare.get('/says-nothing', async () => ({ reached: true }));
    try {
      const asOperator = await bare.inject({ url: '/says-nothing', headers: await api.headersFor('operator') });
      expect(asOperator.statusCode).toBe(403);
      expect(asOperator.json().message).toContain('needs the admin role');
      const asAdmin = await bare.inject({ url: '/says-nothing', headers: await api.adminHeaders() });
      expect(asAdmin.json()).toEqual({ reached: true });
    } finally {
      await bare.close();
    }
  });

  it('documents which routes need a token or key in OpenAPI', async () => {
    const doc = (await app.inject('/docs/json')).json();
    expect(doc.security).toEqual([{ bearer: [] }, { apiKey: [] }]);
    expect(doc.paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/health'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/users'].post.security).toBeUndefined(); // the document's default: token or key
    for (const path of ['/api/v1/users', '/api/v1/users/{user_id}', '/api/v1/api-keys', '/api/v1/api-keys/{key_id}']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
  });
});

describe('the JWT secret in the embedded profile', () => {
  it('survives a restart, so tokens given out before stay valid', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-api-restart-'));
    const first = await createTestApi({ FREEFACE_DATA_DIR: dataDir });
    const headers = await first.adminHeaders();
    await first.close();
    const second = await createTestApi({ FREEFACE_DATA_DIR: dataDir });
    try {
      const me = await second.app.inject({ url: `${API}/auth/me`, headers });
      expect(me.statusCode).toBe(200);
      expect(me.json().data.name).toBe('admin');
    } finally {
      await second.close();
    }
  });
});
