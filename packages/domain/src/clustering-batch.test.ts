import { shuffled, syntheticFaces } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { placeFace } from './clustering.js';
import { clusterFaces } from './clustering-batch.js';
import { bcubed } from './clustering-quality.js';
import type { FaceCluster } from './entities.js';

const deg = (d: number) => [Math.cos((d * Math.PI) / 180), Math.sin((d * Math.PI) / 180)];

describe('clusterFaces: clustering a whole set at once', () => {
  it('keeps faces that match nothing alone, and groups the rest', () => {
    const groups = clusterFaces(
      [
        { faceId: 'a', vector: deg(0) },
        { faceId: 'x', vector: deg(90) },
        { faceId: 'b', vector: deg(5) },
        { faceId: 'y', vector: deg(-90) },
      ],
      { threshold: 0.95 },
    );
    expect(groups.map((g) => g.faceIds)).toEqual([['a', 'b'], ['x'], ['y']]);
    expect(groups[0]?.centroid[1]).toBeCloseTo((Math.sin((5 * Math.PI) / 180) + 0) / 2, 12);
    expect(clusterFaces([], { threshold: 0.5 })).toEqual([]);
  });

  it('refuses faces of different dimensions', () => {
    expect(() =>
      clusterFaces(
        [
          { faceId: 'a', vector: [1, 0] },
          { faceId: 'b', vector: [1, 0, 0] },
        ],
        { threshold: 0.5 },
      ),
    ).toThrow(RangeError);
  });

  it('finds the same groups in any order, where one incremental pass does not', () => {
    // close identities, whose unrelated faces come near the threshold (as dlib's embeddings do)
    const faces = syntheticFaces({
      identities: 12,
      facesEach: 5,
      strangers: 6,
      identitySpread: 0.35,
      faceSpread: 0.32,
      seed: 11,
    });
    const labelOf = new Map(faces.map((f) => [f.faceId, f.label]));
    const threshold = 0.88;
    const canonical = (groups: string[][]) =>
      groups
        .map((g) => [...g].sort().join(','))
        .sort()
        .join(' | ');
    const batch = new Set<string>();
    const scores = { batch: [] as number[], incremental: [] as number[] };
    for (let seed = 1; seed <= 12; seed++) {
      const order = shuffled(faces, seed);
      const groups = clusterFaces(order, { threshold });
      batch.add(canonical(groups.map((g) => g.faceIds)));
      scores.batch.push(
        bcubed(groups.flatMap((g, i) => g.faceIds.map((id) => ({ cluster: `${i}`, label: labelOf.get(id) as string }))))
          .f,
      );
      let clusters: FaceCluster[] = [];
      let n = 0;
      for (const f of order) {
        const placed = placeFace(clusters, f, { threshold, model: 'm', now: new Date(0), newId: () => `c${++n}` });
        const gone = new Set([placed.cluster.id, ...placed.absorbed.map((c) => c.id)]);
        clusters = [...clusters.filter((c) => !gone.has(c.id)), placed.cluster];
      }
      scores.incremental.push(
        bcubed(clusters.flatMap((c) => c.faceIds.map((id) => ({ cluster: c.id, label: labelOf.get(id) as string })))).f,
      );
    }
    const min = (xs: number[]) => Math.min(...xs);
    console.log(
      `synthetic identities, 12 orders: BCubed F batch min ${min(scores.batch).toFixed(3)}, ` +
        `incremental min ${min(scores.incremental).toFixed(3)}`,
    );
    expect(batch.size).toBe(1);
    expect(min(scores.batch)).toBeGreaterThanOrEqual(0.97);
    expect(min(scores.batch)).toBeGreaterThan(min(scores.incremental));
  });
});
