import { Metrics } from '@freeface/observability';
import { syntheticFaces } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { clusteringMetrics } from './clustering.metrics.js';
import { DIMENSION, MODEL, openTestClustering, type TestClustering } from './testing/fixtures.js';

let t: TestClustering | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const gauge = (text: string) => Number(/^freeface_face_cluster_clusters\{service="svc"\} (\S+)$/m.exec(text)?.[1]);

describe('clusteringMetrics', () => {
  it('counts the clusters of the clustering it watches at each scrape, and the merges it is told of', async () => {
    t = await openTestClustering();
    const metrics = new Metrics('svc');
    const counters = clusteringMetrics(metrics);
    counters.watch(t.clustering);
    expect(gauge(await metrics.text())).toBe(0);
    const faces = syntheticFaces({ identities: 2, facesEach: 3, strangers: 0, dimension: DIMENSION, seed: 7 });
    for (const face of faces) {
      await t.enroll(face.faceId, face.vector);
      await t.clustering.clusterFace(face.faceId, MODEL, face.vector);
    }
    expect(gauge(await metrics.text())).toBe((await t.clustering.listClusters()).length);
    expect(gauge(await metrics.text())).toBe(2);
    counters.merged(3);
    const text = await metrics.text();
    expect(text).toContain('freeface_face_cluster_merges_total{service="svc"} 1');
    expect(text).toContain('freeface_face_cluster_merged_faces_total{service="svc"} 3');
  });
});
