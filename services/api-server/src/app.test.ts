import { loadConfig } from '@freeface/config';
import { createLogger, Metrics } from '@freeface/observability';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';

const app = await buildApp({
  config: loadConfig({}),
  logger: createLogger({ name: 'test', level: 'silent' }),
  metrics: new Metrics('api-server'),
});
afterAll(() => app.close());

describe('api-server', () => {
  it('answers health and liveness', async () => {
    expect((await app.inject('/api/v1/health')).json()).toEqual({ status: 'healthy' });
    expect((await app.inject('/api/v1/health/live')).statusCode).toBe(200);
  });

  it('serves Prometheus metrics with the process metrics', async () => {
    const response = await app.inject('/api/v1/metrics/prometheus');
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('process_cpu_user_seconds_total{service="api-server"}');
  });

  it('answers an unknown path with 404', async () => {
    expect((await app.inject('/api/v1/nope')).statusCode).toBe(404);
  });
});
