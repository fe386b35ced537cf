// Micro-batching of embedder calls across concurrent callers: the faces of calls that arrive close together go
// through one session.run, and each caller gets its own vectors back.
import type { AlignedFace, FaceTemplate } from '../types.js';
import type { Embedder } from './embedder.js';

/** Settings models.embedBatchWindowMs and models.embedMaxBatch. */
export interface EmbedBatching {
  /** how long the first call of a batch waits for others when the model is idle; 0: the next turn of the loop */
  readonly windowMs: number;
  /** most faces in one run; 1: no batching */
  readonly maxBatch: number;
}

/** An embedder whose embed() takes any number of faces in one run (a graph with a dynamic batch dimension). */
export interface BatchEmbedder extends Embedder {
  /** faces one run of the graph takes: 1 when its batch dimension is fixed at 1 */
  readonly batchSize: number;
}

interface Waiting {
  readonly faces: readonly AlignedFace[];
  readonly resolve: (vectors: Float32Array[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Queues embed() calls and runs them together: one batch at a time (so calls that come while the model is busy
 * join the next one), the first call of a batch waiting at most `windowMs` for company when the model is idle, a
 * batch closing at `maxBatch` faces (a call is never split: one with more faces runs alone, in the inner
 * embedder's chunks). A batch that fails rejects every call in it; a call with faces of the wrong size fails
 * alone, before it is queued. The vectors are the inner embedder's, as if each call ran alone (the graph's
 * outputs do not depend on the other faces of the batch).
 */
export class BatchingEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly template: FaceTemplate;
  readonly matchThreshold?: number;
  readonly #queue: Waiting[] = [];
  #queuedFaces = 0;
  #running = false;
  #timer: { cancel(): void } | null = null;

  constructor(
    private readonly inner: Embedder,
    private readonly batching: EmbedBatching,
  ) {
    this.id = inner.id;
    this.dimension = inner.dimension;
    this.template = inner.template;
    if (inner.matchThreshold !== undefined) this.matchThreshold = inner.matchThreshold;
  }

  embed(faces: readonly AlignedFace[]): Promise<Float32Array[]> {
    if (faces.length === 0) return Promise.resolve([]);
    const { width, height } = this.template;
    for (const face of faces)
      if (face.width !== width || face.height !== height)
        return Promise.reject(
          new Error(`${this.id} takes faces aligned to ${width}x${height}; got ${face.width}x${face.height}`),
        );
    return new Promise((resolve, reject) => {
      this.#queue.push({ faces, resolve, reject });
      this.#queuedFaces += faces.length;
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#running) return; // the batch running now starts the next one as it ends
    if (this.#queuedFaces >= this.batching.maxBatch) {
      this.#start();
      return;
    }
    if (this.#timer !== null) return;
    const start = () => this.#start();
    if (this.batching.windowMs > 0) {
      const timeout = setTimeout(start, this.batching.windowMs);
      this.#timer = { cancel: () => clearTimeout(timeout) };
    } else {
      const immediate = setImmediate(start);
      this.#timer = { cancel: () => clearImmediate(immediate) };
    }
  }

  #start(): void {
    this.#timer?.cancel();
    this.#timer = null;
    if (this.#running || this.#queue.length === 0) return;
    const batch = this.#take();
    this.#running = true;
    void this.#run(batch).finally(() => {
      this.#running = false;
      // calls that queued meanwhile have waited long enough: they go now
      if (this.#queue.length > 0) this.#start();
    });
  }

  /** Whole calls from the front of the queue, up to maxBatch faces (at least one call). */
  #take(): Waiting[] {
    const batch: Waiting[] = [];
    let faces = 0;
    while (this.#queue.length > 0) {
      const next = this.#queue[0] as Waiting;
      if (batch.length > 0 && faces + next.faces.length > this.batching.maxBatch) break;
      batch.push(next);
      faces += next.faces.length;
      this.#queue.shift();
    }
    this.#queuedFaces -= faces;
    return batch;
  }

  async #run(batch: readonly Waiting[]): Promise<void> {
    try {
      const vectors = await this.inner.embed(batch.flatMap((w) => w.faces));
      let at = 0;
      for (const waiting of batch) {
        waiting.resolve(vectors.slice(at, at + waiting.faces.length));
        at += waiting.faces.length;
      }
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}

/** `embedder` micro-batched when its graph takes batches and the settings allow more than one face per run. */
export function withBatching(embedder: BatchEmbedder, batching: EmbedBatching | undefined): Embedder {
  if (!batching || batching.maxBatch <= 1 || embedder.batchSize <= 1) return embedder;
  return new BatchingEmbedder(embedder, { ...batching, maxBatch: Math.min(batching.maxBatch, embedder.batchSize) });
}
