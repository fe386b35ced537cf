import { faceTemplate } from '../align/face-templates.js';
import type { ModelEntry } from '../models/model-manifest.schema.js';
import type { ModelRegistry } from '../models/model-registry.js';
import { modelSession } from '../onnx/model-session.js';
import type { OnnxSessions } from '../onnx/onnx-sessions.js';
import { ModelError } from '../vision-errors.js';
import { type EmbedBatching, withBatching } from './batching.embedder.js';
import type { Embedder } from './embedder.js';
import { OnnxEmbedder, type OnnxEmbedderSpec } from './onnx.embedder.js';

export interface EmbedderDeps {
  readonly registry: ModelRegistry;
  readonly sessions: OnnxSessions;
  /** micro-batching across concurrent calls (settings models.embedBatchWindowMs, embedMaxBatch); none when left out */
  readonly batching?: EmbedBatching;
}

/** What the ONNX embedder needs from a manifest entry: size, template, pixel format, tensor names. */
export function embedderSpec(entry: ModelEntry): OnnxEmbedderSpec {
  if (entry.task !== 'embed')
    throw new ModelError('MODEL_NOT_SUPPORTED', `model ${entry.id} is a detector, not an embedder`);
  const { embeddingSize, template, input, outputs, matchThreshold } = entry;
  if (embeddingSize === undefined || template === undefined)
    throw new ModelError(
      'MODEL_NOT_SUPPORTED',
      `embedder ${entry.id} needs embeddingSize and template in the manifest`,
    );
  const crop = faceTemplate(template);
  if (input.width !== crop.width || input.height !== crop.height)
    throw new ModelError(
      'MODEL_NOT_SUPPORTED',
      `embedder ${entry.id}: input ${input.width}x${input.height} does not match template ${template} (${crop.width}x${crop.height})`,
    );
  const { layout, channelOrder, mean, std } = input;
  return {
    id: entry.id,
    dimension: embeddingSize,
    template: crop,
    ...(matchThreshold !== undefined ? { matchThreshold } : {}),
    pixels: { layout, channelOrder, mean, std },
    ...(input.name ? { inputName: input.name } : {}),
    ...(outputs[0]?.name ? { outputName: outputs[0].name } : {}),
  };
}

/** deps.batching from the settings models.embedBatchWindowMs and models.embedMaxBatch. */
export const embedBatching = (models: { readonly embedBatchWindowMs: number; readonly embedMaxBatch: number }) => ({
  windowMs: models.embedBatchWindowMs,
  maxBatch: models.embedMaxBatch,
});

/**
 * The embedder of a manifest model id (settings models.embedder), its session loaded through the pool. Every
 * embedder in the manifest is an ONNX graph taking aligned crops, so one class serves them all; with
 * deps.batching, calls made at about the same time share runs when the graph takes a batch (see
 * batching.embedder.ts): one batcher per embedder made, so one per process or worker that makes it.
 */
export async function createEmbedder(id: string, { registry, sessions, batching }: EmbedderDeps): Promise<Embedder> {
  const spec = embedderSpec(registry.entry(id));
  return withBatching(new OnnxEmbedder(spec, await modelSession(id, { registry, sessions })), batching);
}
