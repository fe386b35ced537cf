import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, requireAvailable, requireTestData } from '@freeface/testing';
import { ModelRegistry } from '@freeface/vision';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../testing/api-client.js';
import { runReindexScenario } from '../testing/reindex-scenario.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');
const sface = requireAvailable(
  'model sface-2021dec',
  ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')).locate('sface-2021dec').present,
  'is not prepared: run npx freeface models prepare sface-2021dec',
);

describe('GET /models', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('names the active detector and embedder with licences and threshold, and each index’s face count', async () => {
    const viewer = apiCaller(api.app, await api.headersFor('viewer'));
    const answer = await viewer('GET', '/models');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      detector: { id: 'blazeface-back', licence: 'Apache-2.0' },
      embedder: {
        id: 'dlib-resnet-128',
        licence: 'MIT',
        dimension: 128,
        match_threshold: api.deps.analyzer.matchThreshold,
      },
      configured_embedder: 'dlib-resnet-128',
      pending: null,
      indexes: [{ model: 'dlib-resnet-128', faces: 0 }],
      reindex: null,
    });
    expect((await apiCaller(api.app, {})('GET', '/models')).status).toBe(401);
  });

  it('re-embedding is the admin’s: 403 for an operator, 409 into the active embedder, 400 for a detector', async () => {
    const operator = apiCaller(api.app, await api.headersFor('operator'));
    expect((await operator('POST', '/admin/reindex', {})).status).toBe(403);
    expect((await operator('GET', '/admin/reindex')).status).toBe(403);
    const admin = apiCaller(api.app, await api.adminHeaders());
    expect((await admin('POST', '/admin/reindex', {})).body.code).toBe('CONFLICT');
    expect((await admin('POST', '/admin/reindex', { embedder: 'blazeface-back' })).status).toBe(400);
    expect((await admin('POST', '/admin/reindex', { embedder: 'no-such-model' })).body.code).toBe('MODEL_UNKNOWN');
    expect((await admin('GET', '/admin/reindex')).body.data).toBeNull();
  });
});

describe.skipIf(!(faces && sface))('switching the embedder (embedded: SQLite, HNSW, a folder)', () => {
  it('dlib -> sface: the old model answers while the re-embedding runs, then the new one, after a restart too', {
    timeout: 600_000,
  }, async () => {
    await runReindexScenario({ FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-reindex-')) });
  });
});

describe('OpenAPI examples', () => {
  it('make "Try it out" answer as the defaults do: the default embedder’s threshold, a quality threshold keeping every face', async () => {
    const api = await createTestApi();
    try {
      const doc = (await api.app.inject('/docs/json')).json();
      const body = (path: string) => doc.paths[path].post.requestBody.content['application/json'].schema.properties;
      for (const path of ['/api/v1/faces/recognize', '/api/v1/faces/search', '/api/v1/faces/verify']) {
        expect(body(path).threshold.example, path).toBe(0.356); // sface-2021dec's, models/manifest.json
      }
      for (const path of ['/api/v1/faces/recognize', '/api/v1/faces/enroll'])
        expect(body(path).quality_threshold.example, path).toBe(0);
      expect(doc.paths['/api/v1/models'].get.responses['200']).toBeDefined();
      const reindex = doc.paths['/api/v1/admin/reindex'].post.responses;
      for (const status of ['202', '400', '401', '403', '409']) expect(reindex[status], status).toBeDefined();
    } finally {
      await api.close();
    }
  });
});
