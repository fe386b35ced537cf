import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../testing/test-api.js';

// The error answers of the OpenAPI document, derived from each route, and the 405 of a method a path lacks.

const api = await createTestApi();
afterAll(() => api.close());
const doc = (await api.app.inject('/docs/json')).json();
const statusesOf = (path: string, method: string) =>
  Object.keys(doc.paths[path]?.[method]?.responses ?? {}).map(Number);

describe('error answers in the OpenAPI document', () => {
  it('documents on every route the errors every route can give, in the envelope', () => {
    for (const [path, operations] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(
      doc.paths,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses).map(Number);
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining([500, 503]));
        // (a route's own answer for a status wins: readiness answers 503 with its checks)
        const error = operation.responses['500'] as { content: Record<string, { schema: { properties: object } }> };
        expect(Object.keys(error.content['application/json']?.schema.properties ?? {}), `${method} ${path}`).toEqual(
          expect.arrayContaining(['success', 'message', 'code', 'data']),
        );
      }
    }
  });

  it('derives them from the route: auth, rate limits, ids, unique fields, bodies, images', () => {
    expect(statusesOf('/api/v1/health/live', 'get')).not.toContain(401);
    expect(statusesOf('/api/v1/health/live', 'get')).not.toContain(429);
    expect(statusesOf('/api/v1/auth/login', 'post')).toEqual(expect.arrayContaining([400, 413, 415, 429]));
    expect(statusesOf('/api/v1/auth/login', 'post')).not.toContain(403);
    expect(statusesOf('/api/v1/persons', 'get')).toEqual(expect.arrayContaining([400, 401, 403, 429]));
    expect(statusesOf('/api/v1/persons', 'get')).not.toContain(404);
    expect(statusesOf('/api/v1/persons', 'post')).toEqual(expect.arrayContaining([400, 401, 403, 409, 413, 415]));
    expect(statusesOf('/api/v1/persons/{person_id}', 'get')).toEqual(expect.arrayContaining([401, 403, 404]));
    expect(statusesOf('/api/v1/persons/{person_id}', 'get')).not.toContain(409);
    expect(statusesOf('/api/v1/users', 'post')).toContain(409);
    for (const path of ['/api/v1/faces/enroll', '/api/v1/faces/recognize', '/api/v1/faces/verify']) {
      expect(statusesOf(path, 'post'), path).toEqual(
        expect.arrayContaining([400, 401, 403, 413, 415, 422, 429, 500, 503]),
      );
    }
    expect(statusesOf('/api/v1/faces/enroll', 'post')).toContain(404); // the person_id it names
    expect(doc.paths['/api/v1/faces/enroll'].post.responses['422'].description).toMatch(/NO_FACE/);
  });

  it('still answers errors in the envelope through those schemas', async () => {
    const answer = await api.app.inject({
      method: 'GET',
      url: '/api/v1/persons/nobody',
      headers: await api.adminHeaders(),
    });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ success: false, code: 'NOT_FOUND', data: null });
    const anonymous = await api.app.inject({ method: 'GET', url: '/api/v1/persons' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ success: false, code: 'UNAUTHENTICATED' });
  });
});

describe('methods a path does not have', () => {
  it('answers 405 with Allow, in the envelope', async () => {
    const answer = await api.app.inject({ method: 'PATCH', url: '/api/v1/persons' });
    expect(answer.statusCode).toBe(405);
    const allow = String(answer.headers.allow).split(', ');
    expect(allow).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(allow).not.toContain('PATCH');
    expect(answer.json()).toMatchObject({ success: false, code: 'METHOD_NOT_ALLOWED', data: null });
    const byId = await api.app.inject({ method: 'POST', url: '/api/v1/persons/p-1?x=1' });
    expect(byId.statusCode).toBe(405);
    expect(String(byId.headers.allow).split(', ')).toEqual(expect.arrayContaining(['GET', 'PUT', 'DELETE']));
  });

  it('answers 405 before reading a body: QUERY without a content type, a body it cannot parse', async () => {
    const bare = await api.app.inject({ method: 'QUERY', url: '/api/v1/health' });
    expect(bare.statusCode).toBe(405);
    expect(bare.headers.allow).toBe('GET, HEAD');
    const withBody = await api.app.inject({
      method: 'QUERY',
      url: '/api/v1/auth/me',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(withBody.statusCode).toBe(405);
  });

  it('names only the methods of the route the router would take: /faces/detect is not /faces/{face_id}', async () => {
    const answer = await api.app.inject({ method: 'OPTIONS', url: '/api/v1/faces/detect' });
    expect(answer.statusCode).toBe(405);
    expect(answer.headers.allow).toBe('POST');
  });

  it('documents a text answer under its content type, its errors still as JSON', () => {
    const { responses } = doc.paths['/api/v1/metrics/prometheus'].get;
    expect(Object.keys(responses['200'].content)).toEqual(['text/plain']);
    expect(Object.keys(responses['401'].content)).toEqual(['application/json']);
  });

  it('documents the 401 of a wrong password on the public login route', () => {
    expect(statusesOf('/api/v1/auth/login', 'post')).toContain(401);
  });

  it('still answers 404 for a path nobody has', async () => {
    const answer = await api.app.inject({ method: 'PATCH', url: '/api/v1/nothing/here' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json().code).toBe('NOT_FOUND');
  });
});
