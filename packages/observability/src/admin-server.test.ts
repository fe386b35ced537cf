import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminServer, startAdminServer } from './admin-server.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';

let ready = false;
let admin: AdminServer;
const metrics = new Metrics('extractor');
const get = (path: string) => fetch(`http://127.0.0.1:${admin.port}${path}`);

beforeAll(async () => {
  admin = await startAdminServer({
    host: '127.0.0.1',
    port: 0,
    metrics,
    ready: () => ready,
    logger: createLogger({ name: 'admin-test', level: 'silent' }),
  });
});
afterAll(() => admin?.close());

describe('admin endpoint', () => {
  it('is live at once, and ready only when the service says so', async () => {
    expect((await get('/health/live')).status).toBe(200);
    const notReady = await get('/health/ready');
    expect([notReady.status, await notReady.json()]).toEqual([503, { status: 'not ready' }]);
    ready = true;
    expect((await get('/health/ready')).status).toBe(200);
  });

  it('serves the Prometheus text of the service registry', async () => {
    metrics.counter('extractor_test_total', 'a test counter').inc(3);
    const response = await get('/metrics/prometheus');
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toMatch(/freeface_extractor_test_total\{service="extractor"\} 3/);
  });

  it('answers anything else with 404 or 405 and a hint', async () => {
    const missing = await get('/metrics');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('/metrics/prometheus');
    expect((await fetch(`http://127.0.0.1:${admin.port}/health/live`, { method: 'POST' })).status).toBe(405);
  });
});
