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
   * The index holding a face's vector: the current model's, or the one an earlier embedder made (the store
   * knows its dimension); undefined when that model has no index.
   */
  async forModel(model: string): Promise<VectorIndex | undefined> {
    if (model === this.embedder.id) return this.current();
    return (await this.vectors.existing()).find((index) => index.model === model);
  }

  /**
   * Every model's index the store holds, the current one included: a removal goes to all of them, so the
   * vectors of an earlier embedder, or those a re-embedding has just written for the next one, go too.
   */
  async every(): Promise<VectorIndex[]> {
    const current = await this.current();
    return [current, ...(await this.vectors.existing()).filter((index) => index.model !== current.model)];
  }
}
