import type { AlignedFace, FaceTemplate } from '../types.js';

/**
 * A face embedding model. The FaceAnalyzer aligns each face onto `template` (same width and height as the
 * model's input) and hands the crops to embed(); implementations live beside this file (src/embed/).
 */
export interface Embedder {
  /** model id from models/manifest.json, e.g. "dlib-resnet-128" */
  readonly id: string;
  /** length of every vector embed() returns */
  readonly dimension: number;
  /** cosine similarity from which two of its vectors are the same person (manifest), when measured */
  readonly matchThreshold?: number;
  /** where the five landmarks must land in the crop this model expects (see align/face-templates.ts) */
  readonly template: FaceTemplate;
  /** One L2-normalised vector per face, in the order given. An empty array gives an empty array. */
  embed(faces: readonly AlignedFace[]): Promise<Float32Array[]>;
}
