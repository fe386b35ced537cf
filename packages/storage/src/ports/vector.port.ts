// The vector port: one index per embedding model (dimensions differ), cosine similarity.
// Production: Milvus (a collection per model, HNSW, COSINE). Embedded: an in-process HNSW saved to disk.

export interface VectorRecord {
  faceId: string;
  /** undefined: the face belongs to no person yet */
  personId?: string;
  vector: Float32Array | number[];
}

export interface VectorMatch {
  faceId: string;
  personId?: string;
  /** cosine similarity, 1 = same direction */
  similarity: number;
}

export type VectorFilter =
  | { kind: 'all' }
  | { kind: 'person'; personId: string }
  /** faces that belong to no person */
  | { kind: 'unassigned' };

export interface VectorIndex {
  readonly model: string;
  readonly dimension: number;
  /** inserts or replaces by faceId */
  upsert(records: VectorRecord[]): Promise<void>;
  delete(faceIds: string[]): Promise<void>;
  /**
   * the records of these faces, in no particular order; unknown ids are left out. A vector comes back as
   * stored, which may be normalised to length 1 (the same direction: the same for cosine similarity).
   */
  get(faceIds: string[]): Promise<VectorRecord[]>;
  /** the k nearest by cosine similarity, best first */
  search(vector: Float32Array | number[], k: number, filter?: VectorFilter): Promise<VectorMatch[]>;
  count(): Promise<number>;
}

export interface VectorStore {
  /** the index of one model, created on first use */
  index(model: string, dimension: number): Promise<VectorIndex>;
  /**
   * every index the store holds, whatever model made it, opened with the dimension it was made with: what
   * must reach every model's vectors (a person's erasure) needs no dimension of its own
   */
  existing(): Promise<VectorIndex[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
