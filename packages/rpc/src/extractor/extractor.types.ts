// The extractor's requests and results as ExtractorClient returns them and the extractor's handlers produce
// them. Faces are the vision package's own shapes; everything else is the generated message of
// proto/extractor.proto (src/generated) but for what extractor.convert.ts does on the way: embeddings as
// Float32Array, enums as the vision's names, absent messages as zeros and absent crops as undefined.
import type { Box, FaceQuality, Landmarks, ModelEntry, Point } from '@freeface/vision';
import type { BatchImage__Output } from '../generated/freeface/extractor/v1/BatchImage.js';
import type { DetectOptions__Output } from '../generated/freeface/extractor/v1/DetectOptions.js';
import type { DetectResponse__Output } from '../generated/freeface/extractor/v1/DetectResponse.js';
import type { ExtractOptions__Output } from '../generated/freeface/extractor/v1/ExtractOptions.js';
import type { ExtractResponse__Output } from '../generated/freeface/extractor/v1/ExtractResponse.js';
import type { ImageFailure__Output } from '../generated/freeface/extractor/v1/ImageFailure.js';
import type { ImageInfo__Output } from '../generated/freeface/extractor/v1/ImageInfo.js';
import type { ModelInfo__Output } from '../generated/freeface/extractor/v1/ModelInfo.js';
import type { StageTimings__Output } from '../generated/freeface/extractor/v1/StageTimings.js';

/** A message without its virtual oneof fields (`_detector`: which optional fields are set). */
type Fields<T> = Readonly<Omit<T, `_${string}`>>;

/** The vision's landmarks; as many points as the scheme has, which the wire does not promise. */
export interface FaceLandmarks {
  readonly kind: Landmarks['kind'];
  readonly points: readonly Point[];
}

export interface DetectedFace {
  readonly box: Box;
  /** detector confidence, 0 to 1 */
  readonly score: number;
  readonly landmarks: FaceLandmarks;
  readonly quality: FaceQuality;
}

export interface ExtractedFace extends DetectedFace {
  /** L2-normalised, ExtractResult.dimension long */
  readonly embedding: Float32Array;
  /** PNG of the aligned crop the embedding was computed from; only when returnAlignedCrop was asked */
  readonly alignedCrop?: Uint8Array;
}

/** Milliseconds per stage, measured by the server. */
export type StageTimings = Readonly<StageTimings__Output>;
export type ImageSize = Readonly<ImageInfo__Output>;
/** Unset fields take the server's settings (models.detector, quality.threshold). */
export type DetectOptions = Partial<Fields<DetectOptions__Output>>;
export type ExtractOptions = Partial<Fields<ExtractOptions__Output>>;

type Faces = 'image' | 'faces' | 'rejectedFaces' | 'timings';

export interface DetectResult extends Fields<Omit<DetectResponse__Output, Faces>> {
  readonly image: ImageSize;
  /** best detection score first */
  readonly faces: readonly DetectedFace[];
  readonly rejectedFaces: readonly DetectedFace[];
  readonly timings: StageTimings;
}

export interface ExtractResult extends Fields<Omit<ExtractResponse__Output, Faces>> {
  readonly image: ImageSize;
  readonly faces: readonly ExtractedFace[];
  /** not embedded */
  readonly rejectedFaces: readonly DetectedFace[];
  readonly timings: StageTimings;
}

export interface BatchImage extends Fields<Omit<BatchImage__Output, 'image'>> {
  readonly image: Uint8Array;
}

/** Why one image of a batch failed: what Extract would have failed with. */
export type ImageFailure = Fields<ImageFailure__Output>;

export type BatchOutcome =
  | { readonly id: string; readonly ok: true; readonly result: ExtractResult }
  | { readonly id: string; readonly ok: false; readonly failure: ImageFailure };

export type ModelTask = ModelEntry['task'];

export interface ModelInfo extends Fields<Omit<ModelInfo__Output, 'task'>> {
  readonly task: ModelTask;
}
