import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../testing/test-api.js';

// X-Request-Id: the caller's (when sane) or a new one, echoed, and on every log line of the request.

const lines: Array<Record<string, unknown>> = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const api = await createTestApi({ FREEFACE_LOG_LEVEL: 'debug' }, { logDestination: destination });
afterAll(() => api.close());
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('X-Request-Id', () => {
  it('is taken from the request, echoed, and on every log line written for it', async () => {
    const headers = { ...(await api.adminHeaders()), 'x-request-id': 'client-req-42' };
    lines.length = 0;
    const answer = await api.app.inject({ method: 'POST', url: '/api/v1/persons', headers, payload: { name: 'Id' } });
    expect(answer.statusCode).toBe(201);
    expect(answer.headers['x-request-id']).toBe('client-req-42');
    await new Promise((resolve) => setImmediate(resolve));
    const mine = lines.filter((l) => JSON.stringify(l).includes('client-req-42'));
    expect(mine.map((l) => l.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    for (const line of lines) expect(line.requestId, JSON.stringify(line)).toBe('client-req-42');
  });

  it('is made when the request has none, or one not fit for headers and logs, and errors carry it too', async () => {
    const none = await api.app.inject('/api/v1/persons');
    expect(none.statusCode).toBe(401);
    expect(none.headers['x-request-id']).toMatch(UUID);
    const junk = await api.app.inject({ url: '/api/v1/health', headers: { 'x-request-id': `a b ${'x'.repeat(300)}` } });
    expect(junk.headers['x-request-id']).toMatch(UUID);
    const other = await api.app.inject('/api/v1/health');
    expect(other.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
  });
});
