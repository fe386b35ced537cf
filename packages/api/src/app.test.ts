import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from './testing/test-api.js';

const api = await createTestApi();
afterAll(() => api.close());
const { app } = api;

describe('api-server basics', () => {
  it('answers health, liveness and readiness', async () => {
    expect((await app.inject('/api/v1/health')).json()).toEqual({ status: 'healthy' });
    expect((await app.inject('/api/v1/health/live')).statusCode).toBe(200);
    const ready = await app.inject('/api/v1/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      checks: { metadata: 'ok', vectors: 'ok', objects: 'ok', cache: 'ok', events: 'ok', models: 'ok' },
    });
  });

  it('serves Prometheus metrics with the process metrics', async () => {
    const response = await app.inject({ url: '/api/v1/metrics/prometheus', headers: await api.headersFor('viewer') });
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('process_cpu_user_seconds_total{service="api-server"}');
  });

  it('exports at least 40 metrics: HTTP, face operations, each backend port, the process', async () => {
    const headers = await api.headersFor('viewer');
    await app.inject({ url: '/api/v1/persons', headers });
    const body = (await app.inject({ url: '/api/v1/metrics/prometheus', headers })).body;
    const names = [...body.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const port of ['metadata', 'vectors', 'objects', 'cache']) {
      expect(names).toContain(`freeface_${port}_operations_total`);
      expect(names).toContain(`freeface_${port}_errors_total`);
    }
    expect(names).toEqual(expect.arrayContaining(['freeface_http_requests_total', 'freeface_face_operations_total']));
    const json = (await app.inject({ url: '/api/v1/metrics', headers })).json();
    expect(json.map((m: { name: string }) => m.name)).toContain('freeface_http_requests_total');
  });

  it('answers an unknown path with 404 in the error envelope', async () => {
    const response = await app.inject('/api/v1/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      success: false,
      code: 'NOT_FOUND',
      message: 'no route GET /api/v1/nope',
      data: null,
    });
  });

  it('publishes the OpenAPI document and Swagger UI', async () => {
    const doc = (await app.inject('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/health/ready');
    expect((await app.inject('/docs/')).statusCode).toBe(200);
  });

  it('counts requests by route template and status', async () => {
    await app.inject('/api/v1/health');
    await app.inject('/api/v1/nope');
    const text = await api.deps.metrics.text();
    expect(text).toMatch(
      /freeface_http_requests_total\{method="GET",route="\/api\/v1\/health",status="200",service="api-server"\} [1-9]/,
    );
    expect(text).toMatch(
      /freeface_http_requests_total\{method="GET",route="unmatched",status="404",service="api-server"\} [1-9]/,
    );
    expect(text).toContain('freeface_http_request_duration_seconds_bucket');
  });
});
