// Vectors for the vector contract: seeded random unit vectors (reproducible failures), a brute-force
// cosine search to judge the adapters' answers, and fresh model ids so cases never share an index.
import { randomUUID } from 'node:crypto';
import { cosineSimilarity } from '@freeface/domain';
import type { VectorFilter, VectorIndex, VectorRecord, VectorStore } from '../../../ports/vector.port.js';

/** What the cases share: the store currently open (it changes when a case closes and reopens it). */
export interface VectorContext {
  store(): VectorStore;
  reopen(): Promise<VectorStore>;
  /** a model id no other case or run uses */
  model(): string;
}

let models = 0;
const runTag = randomUUID().slice(0, 8);
export const freshModel = (): string => `contract-${runTag}-${++models}`;
export const faceId = (): string => `face-${randomUUID()}`;
export const personId = (): string => `person-${randomUUID()}`;

/** A direction drawn uniformly on the unit sphere (normal components, then normalised). */
export function randomUnitVector(random: () => number, dimension: number): number[] {
  const values = Array.from({ length: dimension }, () => {
    const u = Math.max(random(), Number.EPSILON);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  });
  const norm = Math.hypot(...values);
  return values.map((v) => v / norm);
}

function matches(record: VectorRecord, filter: VectorFilter): boolean {
  if (filter.kind === 'person') return record.personId === filter.personId;
  if (filter.kind === 'unassigned') return record.personId === undefined;
  return true;
}

/** The exact answer: every record scored, best first. */
export function bruteForce(
  records: VectorRecord[],
  query: ArrayLike<number>,
  k: number,
  filter: VectorFilter = { kind: 'all' },
): { faceId: string; similarity: number }[] {
  return records
    .filter((r) => matches(r, filter))
    .map((r) => ({ faceId: r.faceId, similarity: cosineSimilarity(r.vector, query) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k);
}

/** Upserts in batches (a few hundred rows per request keeps gRPC messages small). */
export async function upsertAll(index: VectorIndex, records: VectorRecord[], batch = 500): Promise<void> {
  for (let i = 0; i < records.length; i += batch) await index.upsert(records.slice(i, i + batch));
}

/** Asserts-free helper: the ids of a search, best first. */
export const ids = (found: { faceId: string }[]): string[] => found.map((m) => m.faceId);
