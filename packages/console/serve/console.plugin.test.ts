// The console's routes on a real fastify app behind the API's own auth gate and error handler: files with
// their cache headers, the app's pages from index.html, a clear 404 and 503.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApi, type TestApi } from '@freeface/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './console.plugin.js';

let dist: string;
let api: TestApi;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'console-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(join(dist, 'assets/index-abc123.js'), 'console.log(1)');
  await writeFile(join(dist, 'favicon.svg'), '<svg/>');
  api = await createTestApi();
  await api.app.register(consoleRoutes, { root: dist });
  // a console that was never built, beside it
  await api.app.register(consoleRoutes, { root: join(dist, 'none'), prefix: '/unbuilt' });
});
afterAll(async () => {
  await api?.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the console at /admin', () => {
  it('answers index.html for the app and each of its pages, never cached, with no token', async () => {
    for (const url of ['/admin/', '/admin/people/p-1', '/admin/system']) {
      const page = await api.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.body).toContain('<title>console</title>');
    }
  });

  it('sends /, /admin on to /admin/', async () => {
    for (const url of ['/', '/admin']) {
      const moved = await api.app.inject({ url });
      expect(moved.statusCode).toBe(302);
      expect(moved.headers.location).toBe('/admin/');
    }
  });

  it('caches the hashed assets for a year and the other files not at all', async () => {
    const asset = await api.app.inject({ url: '/admin/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log(1)');
    const icon = await api.app.inject({ url: '/admin/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('public, max-age=0');
  });

  it('answers 404 in the API envelope for a missing file, and never serves outside the build', async () => {
    const missing = await api.app.inject({ url: '/admin/assets/gone.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ success: false, code: 'NOT_FOUND' });
    for (const url of ['/admin/..%2f..%2fpackage.json', '/admin/%2e%2e/%2e%2e/package.json']) {
      const out = await api.app.inject({ url });
      expect(out.statusCode, url).toBe(404);
    }
  });

  it('says how to build the console when it is not built', async () => {
    const answer = await api.app.inject({ url: '/unbuilt/admin/' });
    expect(answer.statusCode).toBe(503);
    expect(answer.json().message).toContain('npm run build -w @freeface/console');
  });

  it('leaves the API behind its gate and the console out of the OpenAPI document', async () => {
    expect((await api.app.inject({ url: '/api/v1/persons' })).statusCode).toBe(401);
    const doc = (await api.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/api/v1/'))).toEqual([]);
  });
});
