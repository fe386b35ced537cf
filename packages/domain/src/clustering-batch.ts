import { type ClusterInput, unitVector } from './clustering.js';

// Clustering a whole set of faces at once: what a re-clustering run does when the threshold changed. The
// same rule as the incremental step (a face belongs where its average similarity is highest, at or above
// the threshold; clusters that alike merge), then passes that move each face to where it now fits best, so
// an early face that joined the wrong cluster before the right one existed is moved. Deterministic for a
// given order of faces.

export interface BatchClusteringOptions {
  /** average cosine similarity from which a face belongs to a cluster and two clusters merge */
  readonly threshold: number;
  /** refinement passes at most (each moves faces, then merges); default 10 */
  readonly maxPasses?: number;
}

export interface FaceGroup {
  /** in the order the faces were given */
  readonly faceIds: string[];
  /** mean of the faces' unit vectors */
  readonly centroid: number[];
}

interface Group {
  sum: Float64Array;
  members: number[];
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

const addInto = (sum: Float64Array, v: Float64Array, sign = 1) => {
  for (let i = 0; i < sum.length; i++) sum[i] = (sum[i] as number) + sign * (v[i] as number);
};

/** Average similarity of two groups: the dot product of their centroids. */
const groupAffinity = (a: Group, b: Group) => dot(a.sum, b.sum) / (a.members.length * b.members.length);

function groupOf(members: number[], units: Float64Array[], dimension: number): Group {
  const sum = new Float64Array(dimension);
  for (const m of members) addInto(sum, units[m] as Float64Array);
  return { sum, members };
}

/** Merges, most alike pair first, until no two groups are at or above the threshold; `dirty` groups are checked. */
function mergeAll(groups: Group[], dirty: Set<Group>, threshold: number): boolean {
  let merged = false;
  while (dirty.size > 0) {
    const [group] = dirty;
    dirty.delete(group as Group);
    if (!groups.includes(group as Group)) continue;
    let best: Group | undefined;
    let bestScore = threshold;
    for (const other of groups) {
      if (other === group) continue;
      const score = groupAffinity(group as Group, other);
      if (score >= bestScore) [best, bestScore] = [other, score];
    }
    if (!best) continue;
    const into = group as Group;
    addInto(into.sum, best.sum);
    into.members.push(...best.members);
    groups.splice(groups.indexOf(best), 1);
    dirty.add(into);
    merged = true;
  }
  return merged;
}

/** One refinement pass: every face to the group it is most alike to (itself left out of its own). */
function refine(groups: Group[], units: Float64Array[], threshold: number, dimension: number): Group[] | undefined {
  const target: Array<Group | undefined> = new Array(units.length);
  let moved = false;
  for (const group of groups) {
    for (const m of group.members) {
      const v = units[m] as Float64Array;
      const n = group.members.length;
      let best: Group | undefined = n > 1 && (dot(group.sum, v) - 1) / (n - 1) >= threshold ? group : undefined;
      let bestScore = best ? (dot(group.sum, v) - 1) / (n - 1) : threshold;
      for (const other of groups) {
        if (other === group) continue;
        const score = dot(other.sum, v) / other.members.length;
        if (score > bestScore || (score === bestScore && !best)) [best, bestScore] = [other, score];
      }
      target[m] = best;
      if (best !== group && !(best === undefined && n === 1)) moved = true;
    }
  }
  if (!moved) return undefined;
  const next = new Map<Group, number[]>();
  const alone: number[][] = [];
  for (let m = 0; m < units.length; m++) {
    const t = target[m];
    if (t === undefined) alone.push([m]);
    else next.set(t, [...(next.get(t) ?? []), m]);
  }
  return [...next.values(), ...alone].map((members) => groupOf(members, units, dimension));
}

/** The faces in groups; faces that match nothing are groups of one. */
export function clusterFaces(faces: readonly ClusterInput[], options: BatchClusteringOptions): FaceGroup[] {
  const { threshold } = options;
  if (faces.length === 0) return [];
  const units = faces.map((f) => Float64Array.from(unitVector(f.vector)));
  const dimension = (units[0] as Float64Array).length;
  if (units.some((u) => u.length !== dimension)) throw new RangeError('faces of one clustering share a dimension');

  // the incremental pass: join the most alike group, then merge what became alike
  let groups: Group[] = [];
  units.forEach((v, m) => {
    let best: Group | undefined;
    let bestScore = threshold;
    for (const group of groups) {
      const score = dot(group.sum, v) / group.members.length;
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (best) {
      addInto(best.sum, v);
      best.members.push(m);
      mergeAll(groups, new Set([best]), threshold);
    } else groups.push(groupOf([m], units, dimension));
  });

  for (let pass = 0; pass < (options.maxPasses ?? 10); pass++) {
    const next = refine(groups, units, threshold, dimension);
    if (!next) break;
    groups = next;
    mergeAll(groups, new Set(groups), threshold);
  }

  return groups
    .map((g) => [...g.members].sort((a, b) => a - b))
    .sort((a, b) => (a[0] as number) - (b[0] as number))
    .map((members) => {
      const sum = groupOf(members, units, dimension).sum;
      return {
        faceIds: members.map((m) => (faces[m] as ClusterInput).faceId),
        centroid: Array.from(sum, (s) => s / members.length),
      };
    });
}
