import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApi, TEST_ADMIN } from '../testing/test-api.js';

// Two free failures per username, then 10 s, doubling; a clock the test moves.
const api = await createTestApi({
  FREEFACE_LOGIN_FREE_FAILURES: '2',
  FREEFACE_LOGIN_DELAY_SECONDS: '10',
  FREEFACE_LOGIN_MAX_DELAY_SECONDS: '30',
});
afterAll(() => api.close());
let now = Date.UTC(2031, 0, 1);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const later = (seconds: number) => {
  now += seconds * 1000;
  vi.setSystemTime(now);
};

const login = (username: string, password: string) =>
  api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const wrong = (username: string = TEST_ADMIN.username) => login(username, 'a wrong guess');
const right = () => login(TEST_ADMIN.username, TEST_ADMIN.password);

describe('login throttling per username', () => {
  it('makes a username wait longer after each failure past the free ones, and forgets them on success', async () => {
    expect((await wrong()).statusCode).toBe(401);
    expect((await wrong()).statusCode).toBe(401); // the second failure: 10 s to wait
    const refused = await right(); // even the right password waits: nothing is checked meanwhile
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.json()).toMatchObject({ success: false, code: 'RATE_LIMITED', data: null });
    expect(refused.json().message).toMatch(/too many failed logins for this username; try again in 10 s/);

    later(10);
    expect((await wrong()).statusCode).toBe(401); // the third: 20 s
    later(19);
    expect((await right()).headers['retry-after']).toBe('1');
    later(1);
    expect((await wrong()).statusCode).toBe(401); // the fourth: 40 s, capped at 30
    expect((await wrong()).headers['retry-after']).toBe('30');

    later(30);
    expect((await right()).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) expect((await wrong()).statusCode).toBe(401); // free failures again
    expect((await right()).statusCode).toBe(429);
    later(10);
    expect((await right()).statusCode).toBe(200);
  });

  it('throttles each username on its own, known or not', async () => {
    for (let i = 0; i < 2; i++) expect((await wrong('nobody-at-all')).statusCode).toBe(401);
    expect((await wrong('nobody-at-all')).statusCode).toBe(429);
    expect((await right()).statusCode).toBe(200);
    expect((await wrong('someone-else')).statusCode).toBe(401);
  });
});
