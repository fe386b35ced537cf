import type { FaceBox } from './entities.js';

// Matching in one place: how similar two embeddings are, which threshold applies, and which person a face
// is. Pure functions; the services feed them what the vector store and the analyzer return.

/** Cosine similarity of two vectors of the same length: 1 same direction, 0 unrelated, -1 opposite. */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`vectors differ in length: ${a.length} and ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return 0;
  // rounding can carry a unit pair a hair past 1
  return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
}

/** The threshold a request asked for, else the configured one; both cosine similarities in [-1, 1]. */
export function resolveThreshold(requested: number | undefined, configured: number): number {
  const threshold = requested ?? configured;
  if (!(threshold >= -1 && threshold <= 1))
    throw new RangeError(`a similarity threshold is in [-1, 1], got ${threshold}`);
  return threshold;
}

/** Two faces are the same person from the threshold on (inclusive). */
export const isMatch = (similarity: number, threshold: number): boolean => similarity >= threshold;

/** A neighbour from the vector store: an enrolled face, its person (if any), and its similarity. */
export interface Candidate {
  readonly faceId: string;
  readonly personId?: string;
  readonly similarity: number;
}

/** A person's best evidence among the candidates: its most similar face. */
export interface PersonMatch {
  readonly personId: string;
  readonly faceId: string;
  readonly similarity: number;
}

/** The candidates at or above the threshold, best first. */
export function matchesAbove<C extends Candidate>(candidates: readonly C[], threshold: number): C[] {
  return candidates.filter((c) => isMatch(c.similarity, threshold)).sort((a, b) => b.similarity - a.similarity);
}

/**
 * One entry per person, scored by its most similar face, best first. Faces of no person are left out:
 * they cannot name anyone. Ties keep the order of the candidates.
 */
export function rankPersons(candidates: readonly Candidate[]): PersonMatch[] {
  const best = new Map<string, PersonMatch>();
  for (const { personId, faceId, similarity } of candidates) {
    if (personId === undefined) continue;
    const seen = best.get(personId);
    if (!seen || similarity > seen.similarity) best.set(personId, { personId, faceId, similarity });
  }
  return [...best.values()].sort((a, b) => b.similarity - a.similarity);
}

/** What a face is: a known person, or unknown with the best similarity seen (undefined when nothing was enrolled). */
export type Identification =
  | { readonly known: true; readonly match: PersonMatch }
  | { readonly known: false; readonly bestSimilarity?: number };

/** The best person for a face, or unknown when even the best is under the threshold. */
export function identify(candidates: readonly Candidate[], threshold: number): Identification {
  const [top] = rankPersons(candidates);
  if (top === undefined) return { known: false };
  return isMatch(top.similarity, threshold)
    ? { known: true, match: top }
    : { known: false, bestSimilarity: top.similarity };
}

// Faces in an image

export const boxArea = (box: FaceBox): number => Math.max(0, box.width) * Math.max(0, box.height);

/** The item with the largest box (the first one on a tie), or undefined for none. */
export function largest<T>(items: readonly T[], boxOf: (item: T) => FaceBox): T | undefined {
  let best: T | undefined;
  let bestArea = -1;
  for (const item of items) {
    const area = boxArea(boxOf(item));
    if (area > bestArea) {
      best = item;
      bestArea = area;
    }
  }
  return best;
}

/** Left to right by the box's x, then top to bottom; a new array. */
export function leftToRight<T>(items: readonly T[], boxOf: (item: T) => FaceBox): T[] {
  return [...items].sort((a, b) => boxOf(a).x - boxOf(b).x || boxOf(a).y - boxOf(b).y);
}

/** Intersection over union of two boxes, 0 when they do not overlap. */
export function boxOverlap(a: FaceBox, b: FaceBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const intersection = width * height;
  return intersection / (boxArea(a) + boxArea(b) - intersection);
}
