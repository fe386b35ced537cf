import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../testing/test-api.js';

const api = await createTestApi();
afterAll(() => api.close());
const { app } = api;
const url = '/api/v1/api-keys';
const admin = await api.adminHeaders();

const createKey = async (name: string, role: string) => {
  const response = await app.inject({ method: 'POST', url, headers: admin, payload: { name, role } });
  expect(response.statusCode).toBe(201);
  return response.json().data as { key_id: string; key: string; webhook_secret: string; created_at: string };
};
const withKey = (key: string) => ({ 'x-api-key': key });

describe('API keys', () => {
  it('shows a new key once; lists show neither the key, its hash nor its webhook secret', async () => {
    const created = await createKey('camera-gate-1', 'operator');
    expect(created).toEqual({
      key_id: expect.any(String),
      name: 'camera-gate-1',
      role: 'operator',
      created_at: expect.any(String),
      revoked: false,
      key: expect.stringMatching(/^ffk_[\w-]{43}$/),
      webhook_secret: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const listed = await app.inject({ url, headers: admin });
    const entry = listed.json().data.find((k: { key_id: string }) => k.key_id === created.key_id);
    expect(entry).toEqual({
      key_id: created.key_id,
      name: 'camera-gate-1',
      role: 'operator',
      created_at: created.created_at,
      revoked: false,
    });
    expect(listed.body).not.toContain(created.key);
    expect(listed.body).not.toContain(created.webhook_secret);
    const stored = (await api.deps.storage.metadata.apiKeys.list()).find((k) => k.id === created.key_id);
    expect(stored?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.keyHash).not.toContain(created.key);
  });

  it('opens the routes its role allows, and answers 403 for the rest', async () => {
    const viewerKey = (await createKey('dashboard', 'viewer')).key;
    expect((await app.inject({ url: '/api/v1/metrics', headers: withKey(viewerKey) })).statusCode).toBe(200);
    const me = await app.inject({ url: '/api/v1/auth/me', headers: withKey(viewerKey) });
    expect(me.json().data).toMatchObject({ kind: 'key', role: 'viewer', name: 'dashboard' });
    const denied = await app.inject({ url, headers: withKey(viewerKey) });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().message).toBe(
      'this needs the admin role or higher; the API key dashboard has the viewer role',
    );
    const adminKey = (await createKey('ops-automation', 'admin')).key;
    expect((await app.inject({ url, headers: withKey(adminKey) })).statusCode).toBe(200);
  });

  it('stops working at once when revoked; revoking twice is fine; an unknown id is 404', async () => {
    const created = await createKey('to-revoke', 'viewer');
    expect((await app.inject({ url: '/api/v1/metrics', headers: withKey(created.key) })).statusCode).toBe(200);
    const revoked = await app.inject({ method: 'DELETE', url: `${url}/${created.key_id}`, headers: admin });
    expect(revoked.json()).toEqual({ success: true, message: 'API key revoked', data: { key_id: created.key_id } });
    const after = await app.inject({ url: '/api/v1/metrics', headers: withKey(created.key) });
    expect(after.statusCode).toBe(401);
    expect(after.json().message).toBe('the API key is unknown or revoked');
    const listed = (await app.inject({ url, headers: admin })).json().data;
    expect(listed.find((k: { key_id: string }) => k.key_id === created.key_id).revoked).toBe(true);
    expect((await app.inject({ method: 'DELETE', url: `${url}/${created.key_id}`, headers: admin })).statusCode).toBe(
      200,
    );
    const unknown = await app.inject({ method: 'DELETE', url: `${url}/no-such-key`, headers: admin });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 401 for a key it never made, and 400 for a bad creation body', async () => {
    for (const key of ['ffk_made-up', '', 'x'.repeat(5000)]) {
      const response = await app.inject({ url: '/api/v1/metrics', headers: withKey(key) });
      expect(response.statusCode, key.slice(0, 20)).toBe(401);
    }
    for (const payload of [
      { name: 'x' },
      { name: '', role: 'viewer' },
      { name: 'x', role: 'root' },
      { role: 'viewer' },
    ]) {
      const response = await app.inject({ method: 'POST', url, headers: admin, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
