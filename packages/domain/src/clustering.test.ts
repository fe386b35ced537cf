import { shuffled, syntheticFaces } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import {
  affinity,
  type ClusterInput,
  centroidOf,
  differentPersons,
  mergedCluster,
  nearestCluster,
  type Placement,
  placeFace,
  singletonCluster,
  unitVector,
  withFace,
  withoutFace,
} from './clustering.js';
import { bcubed } from './clustering-quality.js';
import type { FaceCluster } from './entities.js';
import { cosineSimilarity } from './matching.js';

const now = new Date('2025-01-01T00:00:00Z');
const deg = (d: number) => [Math.cos((d * Math.PI) / 180), Math.sin((d * Math.PI) / 180)];
const face = (faceId: string, vector: number[]) => ({ faceId, vector });
let ids = 0;
const options = (threshold: number, extra: Partial<Parameters<typeof placeFace>[2]> = {}) => ({
  threshold,
  model: 'm',
  now,
  newId: () => `c${++ids}`,
  ...extra,
});

/** Runs the incremental step over the faces in order: the clusters at the end. */
function incremental(faces: readonly ClusterInput[], threshold: number): FaceCluster[] {
  let clusters: FaceCluster[] = [];
  for (const f of faces) {
    const { cluster, absorbed }: Placement = placeFace(clusters, f, options(threshold));
    const gone = new Set([cluster.id, ...absorbed.map((c) => c.id)]);
    clusters = [...clusters.filter((c) => !gone.has(c.id)), cluster];
  }
  return clusters;
}

const scoreOf = (clusters: FaceCluster[], labelOf: (faceId: string) => string) =>
  bcubed(clusters.flatMap((c) => c.faceIds.map((faceId) => ({ cluster: c.id, label: labelOf(faceId) }))));

describe('vectors and centroids', () => {
  it('normalises, and refuses vectors with no direction', () => {
    expect(unitVector([3, 4])).toEqual([0.6, 0.8]);
    expect(() => unitVector([0, 0])).toThrow(RangeError);
    expect(() => unitVector([Number.NaN, 1])).toThrow(RangeError);
  });

  it('scores a face against a cluster by its average cosine similarity to the members', () => {
    const members = [deg(0), deg(40), deg(80)];
    const centroid = centroidOf(members);
    const probe = deg(20);
    const average = members.reduce((s, m) => s + cosineSimilarity(m, probe), 0) / members.length;
    expect(affinity(centroid, probe)).toBeCloseTo(average, 12);
    // the cosine to the normalised centroid is higher: it would let a large cluster swallow more
    expect(cosineSimilarity(centroid, probe)).toBeGreaterThan(average + 0.05);
  });

  it('adds and takes back a face, the running centroid staying the mean of the members', () => {
    let cluster = singletonCluster('c', 'm', face('a', [2, 0]), now);
    cluster = withFace(cluster, face('b', deg(60)), now);
    cluster = withFace(cluster, face('c', deg(90)), now);
    expect(cluster.faceIds).toEqual(['a', 'b', 'c']);
    expect(cluster.centroid[0]).toBeCloseTo(centroidOf([deg(0), deg(60), deg(90)])[0] as number, 12);
    expect(withFace(cluster, face('b', deg(60)), now)).toBe(cluster);
    const less = withoutFace(cluster, face('b', deg(60)), now);
    expect(less.faceIds).toEqual(['a', 'c']);
    expect(less.centroid[1]).toBeCloseTo(centroidOf([deg(0), deg(90)])[1] as number, 12);
    const empty = withoutFace(withoutFace(less, face('a', deg(0)), now), face('c', deg(90)), now);
    expect(empty.faceIds).toEqual([]);
    expect(withoutFace(less, face('zz', deg(10)), now)).toBe(less);
  });

  it('merges two clusters into the size-weighted mean', () => {
    const a = { ...singletonCluster('a', 'm', face('1', deg(0)), now), personId: 'p' };
    const b = withFace(singletonCluster('b', 'm', face('2', deg(90)), now), face('3', deg(90)), now);
    const merged = mergedCluster(a, b, now);
    expect(merged).toMatchObject({ id: 'a', personId: 'p', faceIds: ['1', '2', '3'] });
    expect(merged.centroid[0]).toBeCloseTo(1 / 3, 12);
    expect(merged.centroid[1]).toBeCloseTo(2 / 3, 12);
  });

  it('finds the most alike cluster at or above the threshold only', () => {
    const near = singletonCluster('near', 'm', face('1', deg(10)), now);
    const far = singletonCluster('far', 'm', face('2', deg(50)), now);
    expect(nearestCluster([far, near], deg(0), 0.9)?.cluster.id).toBe('near');
    expect(nearestCluster([far, near], deg(30), 0.99)).toBeUndefined();
    expect(nearestCluster([], deg(0), 0)).toBeUndefined();
  });
});

describe('placeFace: one step of incremental clustering', () => {
  const threshold = Math.cos((30 * Math.PI) / 180); // faces within 30 degrees are alike

  it('joins the most alike cluster, or starts one when none is alike enough', () => {
    const first = placeFace([], face('a', deg(0)), options(threshold));
    expect(first).toMatchObject({ created: true, absorbed: [], cluster: { faceIds: ['a'], model: 'm' } });
    const second = placeFace([first.cluster], face('b', deg(20)), options(threshold));
    expect(second).toMatchObject({ created: false, cluster: { id: first.cluster.id, faceIds: ['a', 'b'] } });
    const third = placeFace([second.cluster], face('c', deg(80)), options(threshold));
    expect(third.created).toBe(true);
    expect(third.cluster.id).not.toBe(first.cluster.id);
  });

  it('joins the preferred cluster (of its most similar face) when alike enough, else the most alike one', () => {
    // a holds the probe's nearest face (9 degrees) and a far one; b is more alike on average
    const a = withFace(singletonCluster('a', 'm', face('a1', deg(9)), now), face('a2', deg(-30)), now);
    const b = withFace(singletonCluster('b', 'm', face('b1', deg(20)), now), face('b2', deg(22)), now);
    const probe = face('p', deg(10));
    expect(placeFace([a, b], probe, options(0.88)).cluster.id).toBe('b');
    expect(placeFace([a, b], probe, options(0.88, { preferred: 'a' })).cluster.id).toBe('a');
    // not alike enough to the preferred one: the most alike it is
    expect(placeFace([a, b], face('q', deg(16)), options(0.88, { preferred: 'a' })).cluster.id).toBe('b');
    expect(placeFace([a, b], probe, options(0.88, { preferred: 'gone' })).cluster.id).toBe('b');
  });

  it('changes nothing for a face already clustered (a message seen twice)', () => {
    const cluster = withFace(singletonCluster('c', 'm', face('a', deg(0)), now), face('b', deg(5)), now);
    expect(placeFace([cluster], face('b', deg(5)), options(threshold))).toEqual({
      cluster,
      created: false,
      absorbed: [],
    });
  });

  it('merges the clusters a new face bridges, keeping the larger cluster’s id', () => {
    const left = withFace(singletonCluster('left', 'm', face('l1', deg(0)), now), face('l2', deg(1)), now);
    const right = singletonCluster('right', 'm', face('r1', deg(19)), now);
    // at 0.95 (18 degrees) the two are not alike; a face at 9.5 joins the left, which then is alike to the right
    expect(affinity(left.centroid, right.centroid)).toBeLessThan(0.95);
    const { cluster, absorbed } = placeFace([left, right], face('mid', deg(9.5)), options(0.95));
    expect(cluster.id).toBe('left');
    expect([...cluster.faceIds].sort()).toEqual(['l1', 'l2', 'mid', 'r1']);
    expect(absorbed.map((c) => c.id)).toEqual(['right']);
    expect(cluster.centroid[0]).toBeCloseTo(centroidOf([deg(0), deg(1), deg(19), deg(9.5)])[0] as number, 12);
  });

  it('never merges the clusters of two persons unless allowed, and a person’s cluster survives', () => {
    const a = { ...singletonCluster('a', 'm', face('1', deg(0)), now), personId: 'alice' };
    const b = { ...singletonCluster('b', 'm', face('2', deg(20)), now), personId: 'bob' };
    const kept = placeFace([a, b], face('3', deg(10)), options(threshold));
    expect(kept.absorbed).toEqual([]);
    expect([kept.cluster.id, kept.cluster.faceIds]).toEqual([expect.any(String), expect.arrayContaining(['3'])]);
    // allowed: bob's (say, made by clustering) goes into alice's
    const allowed = placeFace([a, b], face('3', deg(10)), {
      ...options(threshold),
      mayAbsorb: (survivor, absorbed) => differentPersons(survivor, absorbed) || absorbed.personId === 'bob',
    });
    expect(allowed.cluster).toMatchObject({ id: 'a', personId: 'alice' });
    expect(allowed.absorbed.map((c) => c.personId)).toEqual(['bob']);
    // a pending cluster goes into a person's, even when it is larger
    const pending = withFace(singletonCluster('p', 'm', face('4', deg(0)), now), face('5', deg(1)), now);
    const person = { ...singletonCluster('q', 'm', face('6', deg(3)), now), personId: 'carol' };
    const joined = placeFace([pending, person], face('7', deg(2)), options(threshold));
    expect(joined.cluster).toMatchObject({ id: 'q', personId: 'carol' });
    expect(joined.cluster.faceIds).toHaveLength(4);
  });

  it('does not let a large cluster swallow a face that is not alike to its members on average', () => {
    // ten faces spread over 0..36 degrees; the probe at 47 is within 30 degrees of only six of them
    const members = Array.from({ length: 10 }, (_, i) => face(`m${i}`, deg(i * 4)));
    const clusters = incremental(members, threshold);
    expect(clusters).toHaveLength(1);
    const probe = deg(47);
    const { created } = placeFace(clusters, face('probe', probe), options(threshold));
    expect(cosineSimilarity(clusters[0]?.centroid ?? [], probe)).toBeGreaterThan(threshold); // centroid cosine says join
    expect(created).toBe(true); // the average says no
  });

  it('groups synthetic identities whatever the order they arrive in', () => {
    const faces = syntheticFaces({ identities: 8, facesEach: 5, strangers: 7, seed: 3 });
    const labelOf = new Map(faces.map((f) => [f.faceId, f.label]));
    for (const seed of [1, 2, 3, 4, 5]) {
      const clusters = incremental(shuffled(faces, seed), 0.9);
      const { f } = scoreOf(clusters, (id) => labelOf.get(id) as string);
      expect(f, `order ${seed}`).toBe(1);
      expect(clusters.filter((c) => c.faceIds.length >= 2)).toHaveLength(8);
    }
  });
});
