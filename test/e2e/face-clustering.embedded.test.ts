import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../packages/api/src/testing/test-api.js';
import { CLUSTERING_ENV, runClusteringScenario } from './clustering-scenario.js';

const faces = requireTestData('faces');

// The face-cluster "Done when" in the embedded profile: enroll_async, the in-process event bus, and the
// clustering the API runs in its process, as `npm start` does.

describe.skipIf(!faces)('face clustering end to end (embedded)', () => {
  let api: TestApi | undefined;
  afterAll(() => api?.close());

  it('makes eight persons of the eight identities and leaves each stranger alone', { timeout: 300_000 }, async () => {
    api = await createTestApi(CLUSTERING_ENV);
    const clustering = api.clustering;
    if (!clustering) throw new Error('the embedded test API runs no clustering');
    const result = await runClusteringScenario(api, async () => {
      const clusters = await clustering.listClusters();
      return { model: clustering.defaultModel, clusters, total: clusters.length };
    });
    expect(result.persons).toBe(8);
    expect(result.identities.f).toBeGreaterThanOrEqual(0.95);
    expect(result.all.f).toBeGreaterThanOrEqual(0.95);
  });
});
