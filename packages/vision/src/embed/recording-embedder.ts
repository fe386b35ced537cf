import type { AlignedFace } from '../types.js';
import type { Embedder } from './embedder.js';

/**
 * An embedder passing faces on to another, timing the model (so that alignment and inference can be told
 * apart) and, when asked, keeping the crops it was given (the extractor returns them on request).
 */
export class RecordingEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly template: Embedder['template'];
  readonly matchThreshold?: number;
  readonly faces: AlignedFace[] = [];
  /** ms inside the model */
  ms = 0;

  constructor(
    private readonly inner: Embedder,
    private readonly keepFaces: boolean,
  ) {
    this.id = inner.id;
    this.dimension = inner.dimension;
    this.template = inner.template;
    if (inner.matchThreshold !== undefined) this.matchThreshold = inner.matchThreshold;
  }

  async embed(faces: readonly AlignedFace[]): Promise<Float32Array[]> {
    if (this.keepFaces) this.faces.push(...faces);
    const start = performance.now();
    try {
      return await this.inner.embed(faces);
    } finally {
      this.ms += performance.now() - start;
    }
  }
}
