// Argument checks every vector adapter shares, so the embedded index and Milvus refuse the same input
// with the same InvalidArgumentError instead of each backend failing in its own way (or not at all).
import { InvalidArgumentError } from '@freeface/domain';
import type { VectorFilter, VectorRecord } from './ports/vector.port.js';

/** Milvus' largest topk; the embedded index keeps the same bound so callers see one contract. */
export const MAX_SEARCH_K = 16_384;
/** Milvus' largest FloatVector dimension. */
export const MAX_DIMENSION = 32_768;
/** Face and person ids are stored as VarChar of this length in Milvus. */
export const MAX_ID_LENGTH = 256;

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function checkModel(model: string, dimension: number): void {
  if (!MODEL_NAME.test(model)) {
    throw new InvalidArgumentError(
      'a model id is 1 to 128 letters, digits, ".", "_" or "-", starting with a letter or digit',
      { model },
    );
  }
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > MAX_DIMENSION) {
    throw new InvalidArgumentError(`a vector dimension is an integer from 1 to ${MAX_DIMENSION}`, { model, dimension });
  }
}

export function dimensionMismatch(model: string, existing: number, requested: number): InvalidArgumentError {
  return new InvalidArgumentError(
    `model ${model} has ${existing}-dimensional vectors, not ${requested}: embeddings of one model share a dimension`,
    { model, existing, requested },
  );
}

/** The vector as plain numbers, refused unless it has the index's dimension, finite values and a length. */
export function checkVector(model: string, dimension: number, vector: Float32Array | number[]): number[] {
  if (vector.length !== dimension) {
    throw new InvalidArgumentError(`model ${model} takes ${dimension}-dimensional vectors, got ${vector.length}`, {
      model,
      dimension,
      got: vector.length,
    });
  }
  const values = Array.from(vector);
  let norm = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new InvalidArgumentError('a vector holds finite numbers only', { model });
    norm += value * value;
  }
  if (norm === 0) throw new InvalidArgumentError('a zero vector has no direction to compare by cosine', { model });
  return values;
}

function checkId(what: string, id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw new InvalidArgumentError(`a ${what} is a non-empty string of at most ${MAX_ID_LENGTH} characters`, { id });
  }
  return id;
}

export interface CheckedRecord {
  faceId: string;
  personId: string | undefined;
  values: number[];
}

/**
 * Checks every record before anything is written (a bad record fails the whole batch) and keeps the
 * last record of each face id, so a batch that names a face twice behaves like two upserts in order.
 */
export function checkRecords(model: string, dimension: number, records: VectorRecord[]): CheckedRecord[] {
  const byFace = new Map<string, CheckedRecord>();
  for (const record of records) {
    const faceId = checkId('face id', record.faceId);
    const personId = record.personId === undefined ? undefined : checkId('person id', record.personId);
    byFace.delete(faceId);
    byFace.set(faceId, { faceId, personId, values: checkVector(model, dimension, record.vector) });
  }
  return [...byFace.values()];
}

export function checkFaceIds(faceIds: string[]): string[] {
  return [...new Set(faceIds.map((id) => checkId('face id', id)))];
}

export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1 || k > MAX_SEARCH_K) {
    throw new InvalidArgumentError(`k is an integer from 1 to ${MAX_SEARCH_K}`, { k });
  }
}

export function checkFilter(filter: VectorFilter): VectorFilter {
  if (filter.kind === 'person') checkId('person id', filter.personId);
  else if (filter.kind !== 'all' && filter.kind !== 'unassigned') {
    throw new InvalidArgumentError('a vector filter is all, person or unassigned', { filter });
  }
  return filter;
}
