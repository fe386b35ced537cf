import * as ort from 'onnxruntime-node';
import { type PixelFormat, toTensorData } from '../image/to-tensor.js';
import { inputBuffers } from '../onnx/float32-pool.js';
import { floatOutput } from '../onnx/tensor-output.js';
import type { AlignedFace, FaceTemplate } from '../types.js';
import { ModelError } from '../vision-errors.js';
import type { Embedder } from './embedder.js';
import { l2Normalize } from './l2-normalize.js';

/** Everything an ONNX embedding model needs besides its weights (from its models/manifest.json entry). */
export interface OnnxEmbedderSpec {
  readonly id: string;
  readonly dimension: number;
  /** the aligned crop; its width and height are the model's input size */
  readonly template: FaceTemplate;
  readonly matchThreshold?: number;
  readonly pixels: PixelFormat;
  /** graph input and output names; the session's first input and output when left out */
  readonly inputName?: string;
  readonly outputName?: string;
}

/** Most faces one session.run() takes; larger calls are split to bound memory. */
const MAX_BATCH = 32;

/** The batch size the graph accepts: its first input dimension when fixed (e.g. 1), else MAX_BATCH. */
function batchLimit(session: ort.InferenceSession, inputName: string): number {
  const meta = session.inputMetadata.find((m) => m.name === inputName);
  const first = meta?.isTensor ? meta.shape[0] : undefined;
  return typeof first === 'number' && first > 0 ? first : MAX_BATCH;
}

/**
 * The input tensor of a batch of aligned faces; each must be exactly the template's size. `into` gives the
 * array to fill (see onnx/float32-pool.ts).
 */
export function embedderInput(
  faces: readonly AlignedFace[],
  spec: OnnxEmbedderSpec,
  into?: (length: number) => Float32Array,
): ort.Tensor {
  const { width, height } = spec.template;
  for (const face of faces)
    if (face.width !== width || face.height !== height)
      throw new Error(`${spec.id} takes faces aligned to ${width}x${height}; got ${face.width}x${face.height}`);
  const dims = spec.pixels.layout === 'nchw' ? [faces.length, 3, height, width] : [faces.length, height, width, 3];
  return new ort.Tensor('float32', toTensorData(faces, spec.pixels, into), dims);
}

/**
 * An embedder over any ONNX face embedding model: builds one input tensor for a batch of aligned faces
 * (one session.run for up to 32 faces; graphs whose batch size is fixed run in chunks of that size),
 * and L2-normalises each output row. The session belongs to the caller (see onnx/onnx-sessions.ts).
 */
export class OnnxEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly template: FaceTemplate;
  readonly matchThreshold?: number;
  /** faces per session.run() */
  readonly batchSize: number;
  private readonly inputName: string;
  private readonly outputName: string;

  constructor(
    private readonly spec: OnnxEmbedderSpec,
    private readonly session: ort.InferenceSession,
  ) {
    this.id = spec.id;
    this.dimension = spec.dimension;
    this.template = spec.template;
    if (spec.matchThreshold !== undefined) this.matchThreshold = spec.matchThreshold;
    this.inputName = spec.inputName ?? session.inputNames[0] ?? 'input';
    this.outputName = spec.outputName ?? session.outputNames[0] ?? 'output';
    if (!session.inputNames.includes(this.inputName) || !session.outputNames.includes(this.outputName))
      throw new ModelError(
        'MODEL_NOT_SUPPORTED',
        `${spec.id}: the graph has inputs [${session.inputNames}] and outputs [${session.outputNames}]; ` +
          `expected ${this.inputName} -> ${this.outputName}`,
      );
    this.batchSize = batchLimit(session, this.inputName);
  }

  async embed(faces: readonly AlignedFace[]): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < faces.length; start += this.batchSize)
      vectors.push(...(await this.run(faces.slice(start, start + this.batchSize))));
    return vectors;
  }

  private async run(faces: readonly AlignedFace[]): Promise<Float32Array[]> {
    const input = embedderInput(faces, this.spec, (n) => inputBuffers.acquire(n));
    const buffer = input.data as Float32Array;
    try {
      const result = await this.session.run({ [this.inputName]: input });
      const data = floatOutput(result, this.outputName, faces.length * this.dimension);
      const vectors = faces.map((_, i) => l2Normalize(data.slice(i * this.dimension, (i + 1) * this.dimension)));
      result[this.outputName]?.dispose();
      return vectors;
    } finally {
      input.dispose();
      inputBuffers.release(buffer);
    }
  }
}
