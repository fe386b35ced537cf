// What every vector adapter does with its per-model indexes: open each once on first use (a failed open is
// forgotten, so the next call tries again), refuse a second dimension for a model, and refuse use once closed.
import { UnavailableError } from '@freeface/domain';
import { checkModel, dimensionMismatch } from './vector-args.js';

export class ModelIndexes<I extends { readonly dimension: number }> {
  readonly #opening = new Map<string, Promise<I>>();
  #closed = false;

  constructor(private readonly open: (model: string, dimension: number) => Promise<I>) {}

  async get(model: string, dimension: number): Promise<I> {
    this.ensureOpen();
    checkModel(model, dimension);
    let opening = this.#opening.get(model);
    if (!opening) {
      opening = this.open(model, dimension);
      this.#opening.set(model, opening);
      opening.catch(() => this.#opening.delete(model));
    }
    const index = await opening;
    if (index.dimension !== dimension) throw dimensionMismatch(model, index.dimension, dimension);
    return index;
  }

  ensureOpen(): void {
    if (this.#closed) throw new UnavailableError('the vector store is closed');
  }

  /** Refuses further use; gives the indexes that opened, or undefined when it was closed already. */
  async close(): Promise<I[] | undefined> {
    if (this.#closed) return undefined;
    this.#closed = true;
    const settled = await Promise.allSettled(this.#opening.values());
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }
}
