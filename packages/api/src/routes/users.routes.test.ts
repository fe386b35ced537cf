import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi, loginAs } from '../testing/test-api.js';

const api = await createTestApi();
afterAll(() => api.close());
const { app } = api;
const url = '/api/v1/users';
const admin = await api.adminHeaders();

const createUser = (payload: unknown) =>
  app.inject({ method: 'POST', url, headers: admin, payload: payload as object });

describe('users', () => {
  it('creates a user who can then log in, and never shows a password or its hash', async () => {
    const created = await createUser({ username: 'ada', password: 'ada-password-1', role: 'operator' });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/users/${created.json().data.user_id}`);
    expect(created.json().data).toEqual({
      user_id: expect.any(String),
      username: 'ada',
      role: 'operator',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const listed = await app.inject({ url, headers: admin });
    expect(listed.json().data.map((u: { username: string }) => u.username)).toEqual(['ada', 'admin']);
    for (const body of [created.body, listed.body]) {
      expect(body).not.toMatch(/password|scrypt|hash/i);
      expect(body).not.toContain('ada-password-1');
    }
    const stored = await api.deps.storage.metadata.users.getByUsername('ada');
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    await expect(loginAs(app, 'ada', 'ada-password-1')).resolves.toHaveProperty('authorization');
  });

  it('answers 409 for a username taken, leaving the first user as it was', async () => {
    await createUser({ username: 'grace', password: 'grace-password', role: 'viewer' });
    const again = await createUser({ username: 'grace', password: 'other-password', role: 'admin' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CONFLICT', message: 'username grace is taken' });
    await expect(loginAs(app, 'grace', 'grace-password')).resolves.toBeDefined();
    expect((await api.deps.storage.metadata.users.getByUsername('grace'))?.role).toBe('viewer');
  });

  it('answers 400 naming the field for bad input, and creates nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ username: 'x', password: 'short', role: 'viewer' }, 'password'],
      [{ username: 'x', password: 'long-enough', role: 'superuser' }, 'role'],
      [{ username: 'has space', password: 'long-enough', role: 'viewer' }, 'username'],
      [{ username: '', password: 'long-enough', role: 'viewer' }, 'username'],
      [{ password: 'long-enough', role: 'viewer' }, 'username'],
      [{ username: 'x', password: 12345678, role: 'viewer' }, 'password'],
    ];
    for (const [payload, field] of cases) {
      const response = await createUser(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('INVALID_ARGUMENT');
      expect(response.json().message).toContain(field);
    }
    expect((await api.deps.storage.metadata.users.list()).map((u) => u.username)).not.toContain('x');
  });

  it('deletes a user, who can no longer log in; an unknown id is 404', async () => {
    const created = await createUser({ username: 'temp', password: 'temp-password', role: 'viewer' });
    const id = created.json().data.user_id;
    const deleted = await app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: admin });
    expect(deleted.json()).toEqual({ success: true, message: 'user deleted', data: { user_id: id } });
    await expect(loginAs(app, 'temp', 'temp-password')).rejects.toThrow(/401/);
    const again = await app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: admin });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('NOT_FOUND');
  });

  it('refuses to delete the last admin (409), but deletes an admin when another remains', async () => {
    const adminId = (await api.deps.storage.metadata.users.getByUsername('admin'))?.id;
    const last = await app.inject({ method: 'DELETE', url: `${url}/${adminId}`, headers: admin });
    expect(last.statusCode).toBe(409);
    expect(last.json().message).toContain('the last admin cannot be deleted');
    const second = await createUser({ username: 'second-admin', password: 'second-admin-pw', role: 'admin' });
    const removed = await app.inject({
      method: 'DELETE',
      url: `${url}/${second.json().data.user_id}`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(200);
  });
});
