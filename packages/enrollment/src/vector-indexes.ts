import type { VectorIndex, VectorStore } from '@freeface/storage';

/** The embedder whose vectors the API writes and searches. */
export interface EmbedderInfo {
  readonly id: string;
  readonly dimension: number;
}

/** The vector index of each embedding model; the API writes and searches the current embedder's. */
export class VectorIndexes {
  constructor(
    private readonly vectors: VectorStore,
    readonly embedder: EmbedderInfo,
  ) {}

  current(): Promise<VectorIndex> {
    return this.vectors.index(this.embedder.id, this.embedder.dimension);
  }

  /** The index of the embedder that made an analysis (the extractor may run another than this process knows). */
  of(model: string, dimension: number): Promise<VectorIndex> {
    return model === this.embedder.id ? this.current() : this.vectors.index(model, dimension);
  }

  /**
   * The index holding a face's vector. Only the current model's dimension is known here, so the vectors of
   * faces made by an earlier embedder are left to a re-embedding run: undefined for those.
   */
  async forModel(model: string): Promise<VectorIndex | undefined> {
    return model === this.embedder.id ? this.current() : undefined;
  }
}
