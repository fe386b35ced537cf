// A seeded synthetic gallery for bench:scale: persons with several faces each, every vector made on demand
// from its index (a million faces need not sit in the benchmark's memory), and the exact top-k by brute force.
// Like real embeddings, every identity lies near one shared direction: unrelated faces are about 0.4 alike,
// two faces of one person about 0.75, a face and its person's centre about 0.86.
import { seeded } from '@freeface/testing';

export interface GalleryOptions {
  faces: number;
  dimension: number;
  facesPerPerson: number;
  /** every this many persons, one whose faces belong to nobody (unassigned) */
  unassignedEvery: number;
  seed: number;
}

export interface GalleryFace {
  faceId: string;
  personId: string | undefined;
  vector: Float32Array;
}

const gaussian = (random: () => number) =>
  Math.sqrt(-2 * Math.log(Math.max(random(), Number.EPSILON))) * Math.cos(2 * Math.PI * random());

function normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const n = Math.sqrt(sum);
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / n;
  return v;
}

/** `base` moved `spread` (relative to its unit length) in a random direction, normalised. */
function around(base: Float32Array, spread: number, random: () => number): Float32Array {
  const noise = Float32Array.from(base, () => gaussian(random));
  let sum = 0;
  for (const x of noise) sum += x * x;
  const scale = spread / Math.sqrt(sum);
  return normalise(base.map((b, i) => b + (noise[i] as number) * scale));
}

export class SyntheticGallery {
  private readonly shared: Float32Array;
  private readonly centres = new Map<number, Float32Array>();

  constructor(readonly options: GalleryOptions) {
    this.shared = normalise(
      Float32Array.from({ length: options.dimension }, gaussian.bind(null, seeded(options.seed))),
    );
  }

  get persons(): number {
    return Math.ceil(this.options.faces / this.options.facesPerPerson);
  }

  personOf(face: number): number {
    return Math.floor(face / this.options.facesPerPerson);
  }

  personId(person: number): string | undefined {
    return person % this.options.unassignedEvery === this.options.unassignedEvery - 1 ? undefined : `person-${person}`;
  }

  /** Face `i` of the gallery (0 <= i < faces). */
  face(i: number): GalleryFace {
    const person = this.personOf(i);
    return { faceId: `face-${i}`, personId: this.personId(person), vector: this.faceOf(person, i) };
  }

  /** A face of `person` that is not in the gallery (a new photo): what recognize is asked about. */
  query(person: number, n: number): Float32Array {
    return this.faceOf(person, this.options.faces + n);
  }

  private faceOf(person: number, salt: number): Float32Array {
    return around(this.centre(person), 0.6, seeded(this.options.seed * 7919 + salt * 104_729 + 17));
  }

  private centre(person: number): Float32Array {
    let centre = this.centres.get(person);
    if (!centre) {
      centre = around(this.shared, 1.2, seeded(this.options.seed * 31 + person * 2_654_435 + 3));
      if (this.centres.size > 10_000) this.centres.clear();
      this.centres.set(person, centre);
    }
    return centre;
  }
}

export interface Truth {
  faceId: string;
  similarity: number;
}

/**
 * The exact top-k of each query over the whole gallery (every face made again and scored), once for each of
 * `filters` (which faces it allows): one pass over the gallery for all the queries and filters.
 */
export function bruteForce(
  gallery: SyntheticGallery,
  queries: readonly Float32Array[],
  k: number,
  filters: readonly ((face: GalleryFace) => boolean)[],
): Truth[][][] {
  const best = filters.map(() => queries.map(() => [] as Truth[]));
  const floor = filters.map(() => queries.map(() => -2));
  for (let i = 0; i < gallery.options.faces; i++) {
    const face = gallery.face(i);
    const allowed = filters.map((keep) => keep(face));
    if (!allowed.includes(true)) continue;
    for (let q = 0; q < queries.length; q++) {
      const query = queries[q] as Float32Array;
      let dot = 0;
      for (let d = 0; d < query.length; d++) dot += (query[d] as number) * (face.vector[d] as number);
      for (let f = 0; f < filters.length; f++) {
        const fl = floor[f] as number[];
        if (!allowed[f] || dot <= (fl[q] as number)) continue;
        const top = (best[f] as Truth[][])[q] as Truth[];
        top.push({ faceId: face.faceId, similarity: dot });
        top.sort((a, b) => b.similarity - a.similarity);
        if (top.length > k) top.pop();
        if (top.length === k) fl[q] = (top[k - 1] as Truth).similarity;
      }
    }
  }
  return best;
}

/** The share of the exact top-k that a search found. */
export function recall(found: readonly { faceId: string }[][], truth: readonly Truth[][]): number {
  let hits = 0;
  let total = 0;
  for (let q = 0; q < truth.length; q++) {
    const exact = new Set((truth[q] as Truth[]).map((t) => t.faceId));
    total += exact.size;
    for (const f of found[q] ?? []) if (exact.has(f.faceId)) hits++;
  }
  return total === 0 ? Number.NaN : hits / total;
}
