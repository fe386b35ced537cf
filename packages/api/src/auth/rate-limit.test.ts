import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiKeyService } from '../services/api-key.service.js';
import { createTestApi, loginAs, TEST_ADMIN } from '../testing/test-api.js';

// A limit of 3 requests a minute, and a clock the test moves: windows are whole minutes of Date.now().
const api = await createTestApi({ FREEFACE_RATE_LIMIT_PER_MINUTE: '3' });
afterAll(() => api.close());
const { app } = api;
const keys = new ApiKeyService(api.deps);
let minute = Date.UTC(2031, 0, 1, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  minute += 10 * 60_000; // each test starts in a fresh window
  vi.setSystemTime(minute + 1_000);
});
afterEach(() => vi.useRealTimers());

const anonymous = () => app.inject('/api/v1/auth/me');

describe('rate limits', () => {
  it('answers 429 with Retry-After past the limit per IP, and lets the client back in the next minute', async () => {
    for (let i = 0; i < 3; i++) expect((await anonymous()).statusCode).toBe(401);
    const limited = await anonymous();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('59');
    expect(limited.json()).toEqual({
      success: false,
      code: 'RATE_LIMITED',
      message: 'too many requests; try again in 59 s',
      data: null,
    });
    vi.setSystemTime(minute + 59_500);
    expect((await anonymous()).headers['retry-after']).toBe('1');
    vi.setSystemTime(minute + 60_000);
    expect((await anonymous()).statusCode).toBe(401);
  });

  it('tells every limited answer where the client stands: RateLimit-Limit, -Remaining, -Reset', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await anonymous());
    expect(answers.map((a) => a.headers['ratelimit-limit'])).toEqual(['3', '3', '3', '3']);
    expect(answers.map((a) => a.headers['ratelimit-remaining'])).toEqual(['2', '1', '0', '0']);
    expect(answers.map((a) => a.headers['ratelimit-reset'])).toEqual(['59', '59', '59', '59']);
    expect(answers[3]?.statusCode).toBe(429);
    expect(answers[3]?.headers['retry-after']).toBe('59');
    // the OpenAPI document says so on every 429 (read in the next window)
    vi.setSystemTime(minute + 60_000);
    const doc = (await app.inject('/docs/json')).json();
    const limited = doc.paths['/api/v1/persons'].get.responses['429'];
    expect(Object.keys(limited.headers)).toEqual(
      expect.arrayContaining(['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']),
    );
  });

  it('counts login attempts too, so passwords cannot be guessed at speed', async () => {
    const attempt = () =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'guess' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(429);
  });

  it('counts an API key on its own, apart from the IP it comes from', async () => {
    const { key } = await keys.create('busy-machine', 'viewer');
    const withKey = () => app.inject({ url: '/api/v1/auth/me', headers: { 'x-api-key': key } });
    for (let i = 0; i < 3; i++) expect((await anonymous()).statusCode).toBe(401);
    expect((await anonymous()).statusCode).toBe(429); // the IP is spent...
    for (let i = 0; i < 3; i++) expect((await withKey()).statusCode).toBe(200); // ...the key is not
    expect((await withKey()).statusCode).toBe(429);
    const { key: otherKey } = await keys.create('quiet-machine', 'viewer');
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { 'x-api-key': otherKey } })).statusCode).toBe(200);
  });

  it('counts a logged-in user on their own, so a flood from their IP does not shut them out', async () => {
    const admin = await loginAs(app, TEST_ADMIN.username, TEST_ADMIN.password); // the IP's first request
    const asAdmin = () => app.inject({ url: '/api/v1/auth/me', headers: admin });
    const attempt = () =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'guess' } });
    for (let i = 0; i < 2; i++) expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(429); // the IP is spent by the flood...
    for (let i = 0; i < 3; i++) expect((await asAdmin()).statusCode).toBe(200); // ...the admin's token is not
    expect((await asAdmin()).statusCode).toBe(429); // the user has a limit of their own
  });

  it('never limits health, liveness and readiness, nor counts them against the limit', async () => {
    const probes = async () => {
      for (let i = 0; i < 5; i++) {
        for (const url of ['/api/v1/health', '/api/v1/health/live', '/api/v1/health/ready']) {
          expect((await app.inject(url)).statusCode, url).toBe(200);
        }
      }
    };
    await probes();
    for (let i = 0; i < 3; i++) expect((await anonymous()).statusCode).toBe(401);
    expect((await anonymous()).statusCode).toBe(429);
    await probes();
  });
});
