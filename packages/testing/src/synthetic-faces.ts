// Synthetic face embeddings for the clustering tests: identities whose faces sit close together on the unit sphere,
// all of them near one shared direction the way real embeddings are (dlib's unrelated faces are ~0.85 alike),
// drawn from a seeded generator so a failure repeats.

/** mulberry32 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gaussian = (random: () => number) =>
  Math.sqrt(-2 * Math.log(Math.max(random(), Number.EPSILON))) * Math.cos(2 * Math.PI * random());

const normalised = (v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};

/** `spread` from `base` in a random direction: the cosine of the two is about 1 / sqrt(1 + spread^2). */
function around(base: number[], spread: number, random: () => number): number[] {
  const noise = base.map(() => gaussian(random));
  const scale = spread / Math.hypot(...noise);
  return normalised(base.map((b, i) => b + (noise[i] as number) * scale));
}

export interface SyntheticFace {
  readonly faceId: string;
  /** unit length */
  readonly vector: number[];
  /** the identity: person<i>, or stranger<i> for a face of nobody else */
  readonly label: string;
}

export interface SyntheticOptions {
  readonly identities: number;
  readonly facesEach: number;
  /** faces of nobody else, each with a label of its own */
  readonly strangers?: number;
  readonly dimension?: number;
  /** how far identities sit from the shared direction (0.45: unrelated identities ~0.83 alike) */
  readonly identitySpread?: number;
  /** how far faces sit from their identity (0.2: two faces of one identity ~0.96 alike) */
  readonly faceSpread?: number;
  readonly seed?: number;
}

export function syntheticFaces(options: SyntheticOptions): SyntheticFace[] {
  const random = seeded(options.seed ?? 1);
  const dimension = options.dimension ?? 64;
  const shared = normalised(Array.from({ length: dimension }, () => gaussian(random)));
  const faces: SyntheticFace[] = [];
  const identity = (label: string, count: number) => {
    const centre = around(shared, options.identitySpread ?? 0.45, random);
    for (let i = 0; i < count; i++)
      faces.push({ faceId: `${label}-${i}`, label, vector: around(centre, options.faceSpread ?? 0.2, random) });
  };
  for (let p = 0; p < options.identities; p++) identity(`person${p}`, options.facesEach);
  for (let s = 0; s < (options.strangers ?? 0); s++) identity(`stranger${s}`, 1);
  return faces;
}

/** A copy in a seeded random order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
