import type { FaceCluster } from './entities.js';

// Incremental clustering of faces that belong to no person. Pure functions over FaceCluster records; the
// clustering package feeds them what the stores hold and writes back what they return.
//
// How alike a face is to a cluster is its AVERAGE cosine similarity to the cluster's faces. With unit
// vectors that is the dot product of the face with the mean of the cluster's vectors (the centroid, kept
// unnormalised), so it costs one dot product and no member vectors. The cosine to the normalised centroid
// would grow with the cluster (averaging cancels the noise of each face), so a threshold meant for two faces
// would let a large cluster swallow its neighbours; the average stays on the scale of the pairwise
// threshold. Likewise two clusters are as alike as the average similarity across them: the dot product of
// their centroids. A face joins the cluster of its most similar clustered face when alike enough to it (the
// caller finds that face in the vector index), else the most alike cluster at or above the threshold; then
// its cluster takes in any other cluster now that alike (so the order faces arrive in matters less).

/** A face to cluster: its id and embedding (normalised here; any length > 0). */
export interface ClusterInput {
  readonly faceId: string;
  readonly vector: ArrayLike<number>;
}

/** The vector scaled to length 1; RangeError for a zero or non-finite vector. */
export function unitVector(vector: ArrayLike<number>): number[] {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += (vector[i] as number) ** 2;
  norm = Math.sqrt(norm);
  if (!(norm > 0) || !Number.isFinite(norm)) throw new RangeError('a face vector needs a finite, non-zero length');
  return Array.from(vector, (v) => v / norm);
}

/**
 * Average cosine similarity between the faces behind two centroids (or a centroid and one unit vector):
 * their dot product. Both are means of unit vectors.
 */
export function affinity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`vectors differ in length: ${a.length} and ${b.length}`);
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
  return dot;
}

export const clusterSize = (cluster: FaceCluster): number => cluster.faceIds.length;

/** The cluster most alike to the vector at or above the threshold, with how alike; undefined when none is. */
export function nearestCluster(
  clusters: Iterable<FaceCluster>,
  unit: ArrayLike<number>,
  threshold: number,
): { cluster: FaceCluster; affinity: number } | undefined {
  let best: { cluster: FaceCluster; affinity: number } | undefined;
  for (const cluster of clusters) {
    if (cluster.faceIds.length === 0 || cluster.centroid.length !== unit.length) continue;
    const score = affinity(cluster.centroid, unit);
    if (score >= threshold && (!best || score > best.affinity)) best = { cluster, affinity: score };
  }
  return best;
}

/** A new cluster of one face. */
export function singletonCluster(id: string, model: string, face: ClusterInput, now: Date): FaceCluster {
  return { id, model, centroid: unitVector(face.vector), faceIds: [face.faceId], updatedAt: now };
}

/** The cluster with the face added and its centroid moved by the running mean; unchanged if already there. */
export function withFace(cluster: FaceCluster, face: ClusterInput, now: Date): FaceCluster {
  if (cluster.faceIds.includes(face.faceId)) return cluster;
  const unit = unitVector(face.vector);
  const n = cluster.faceIds.length;
  const centroid = cluster.centroid.map((c, i) => c + ((unit[i] as number) - c) / (n + 1));
  return { ...cluster, centroid, faceIds: [...cluster.faceIds, face.faceId], updatedAt: now };
}

/**
 * The cluster without the face, its centroid taken back by the face's vector; unchanged if not there. Empty
 * (no faces, zero centroid) when it was the last one: the caller deletes it.
 */
export function withoutFace(cluster: FaceCluster, face: ClusterInput, now: Date): FaceCluster {
  if (!cluster.faceIds.includes(face.faceId)) return cluster;
  const faceIds = cluster.faceIds.filter((id) => id !== face.faceId);
  const n = cluster.faceIds.length;
  const unit = unitVector(face.vector);
  const centroid =
    faceIds.length === 0
      ? cluster.centroid.map(() => 0)
      : cluster.centroid.map((c, i) => (c * n - (unit[i] as number)) / (n - 1));
  return { ...cluster, centroid, faceIds, updatedAt: now };
}

/** The mean of the faces' unit vectors: a centroid computed afresh (no drift from many running updates). */
export function centroidOf(vectors: ReadonlyArray<ArrayLike<number>>): number[] {
  const [first] = vectors;
  if (first === undefined) return [];
  const sum = new Array<number>(first.length).fill(0);
  for (const vector of vectors) {
    const unit = unitVector(vector);
    for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + (unit[i] as number);
  }
  return sum.map((s) => s / vectors.length);
}

/** `survivor` with the faces of `absorbed` (clusters are disjoint): the size-weighted mean of both centroids. */
export function mergedCluster(survivor: FaceCluster, absorbed: FaceCluster, now: Date): FaceCluster {
  const [n, m] = [survivor.faceIds.length, absorbed.faceIds.length];
  if (m === 0) return survivor;
  const centroid = survivor.centroid.map((c, i) => (c * n + (absorbed.centroid[i] as number) * m) / (n + m));
  return { ...survivor, centroid, faceIds: [...survivor.faceIds, ...absorbed.faceIds], updatedAt: now };
}

/** Whether `absorbed` may become part of `survivor`; by default, unless they belong to different persons. */
export type MayAbsorb = (survivor: FaceCluster, absorbed: FaceCluster) => boolean;

export const differentPersons: MayAbsorb = (survivor, absorbed) =>
  absorbed.personId === undefined || absorbed.personId === survivor.personId;

/** Which of two clusters keeps its id when they merge: the one with a person, else the larger, else `a`. */
function mergeOrder(a: FaceCluster, b: FaceCluster, mayAbsorb: MayAbsorb): [FaceCluster, FaceCluster] | undefined {
  const rank = (c: FaceCluster) => (c.personId === undefined ? 0 : 1e12) + c.faceIds.length;
  const [first, second] = rank(a) >= rank(b) ? [a, b] : [b, a];
  if (mayAbsorb(first, second)) return [first, second];
  if (mayAbsorb(second, first)) return [second, first];
  return undefined;
}

export interface PlacementOptions {
  /** average cosine similarity from which a face joins a cluster and two clusters merge */
  readonly threshold: number;
  readonly mayAbsorb?: MayAbsorb;
  /** the embedding model of the face and of every cluster given */
  readonly model: string;
  /** id of a new cluster (a uuid in production) */
  readonly newId: () => string;
  readonly now: Date;
  /**
   * the cluster of the face's most similar clustered face: joined first when the face is alike enough to it,
   * even if another cluster is a little more alike on average (fewer faces joining a look-alike's cluster)
   */
  readonly preferred?: string | undefined;
}

export interface Placement {
  /** the face's cluster as it is now (perhaps a merged one, under the id of the surviving cluster) */
  readonly cluster: FaceCluster;
  /** true when the face started a cluster of its own (before any merge) */
  readonly created: boolean;
  /** clusters taken into `cluster`, as they were before: the caller deletes them (and merges their persons) */
  readonly absorbed: readonly FaceCluster[];
}

/**
 * One step of incremental clustering: the face joins the preferred cluster when alike enough to it, else the
 * most alike cluster at or above the threshold (or starts its own); then its cluster takes in every other
 * cluster at or above the threshold to it, most alike first. A face already in a cluster stays there (a
 * message seen twice changes nothing).
 */
export function placeFace(clusters: readonly FaceCluster[], face: ClusterInput, options: PlacementOptions): Placement {
  const { threshold, now } = options;
  const mayAbsorb = options.mayAbsorb ?? differentPersons;
  const holding = clusters.find((c) => c.faceIds.includes(face.faceId));
  if (holding) return { cluster: holding, created: false, absorbed: [] };

  const unit = unitVector(face.vector);
  const preferred = clusters.find((c) => c.id === options.preferred);
  const nearest =
    preferred && preferred.faceIds.length > 0 && affinity(preferred.centroid, unit) >= threshold
      ? { cluster: preferred, affinity: affinity(preferred.centroid, unit) }
      : nearestCluster(clusters, unit, threshold);
  let cluster = nearest
    ? withFace(nearest.cluster, face, now)
    : singletonCluster(options.newId(), options.model, face, now);
  const absorbed: FaceCluster[] = [];
  let others = clusters.filter((c) => c.id !== cluster.id);
  for (;;) {
    const candidates = others
      .map((other) => ({ other, score: affinity(cluster.centroid, other.centroid) }))
      .filter(({ other, score }) => score >= threshold && mergeOrder(cluster, other, mayAbsorb) !== undefined)
      .sort((a, b) => b.score - a.score);
    const next = candidates[0];
    if (!next) break;
    const [survivor, gone] = mergeOrder(cluster, next.other, mayAbsorb) as [FaceCluster, FaceCluster];
    cluster = mergedCluster(survivor, gone, now);
    absorbed.push(gone);
    others = others.filter((c) => c.id !== next.other.id && c.id !== survivor.id);
  }
  return { cluster, created: !nearest, absorbed };
}
