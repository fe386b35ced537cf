// Between the generated messages of freeface.extractor.v1 (src/generated) and extractor.types.ts, both
// ways, so the client and the server cannot drift apart. Only what does work is here: enum names to the
// vision's names, embeddings to and from Float32Array, absent messages to zeros, an empty crop to none,
// the batch's oneof to BatchOutcome; options and other messages go through as they are.
import type { FaceQuality, Landmarks, QualityReason } from '@freeface/vision';
import type { DetectedFace as WireDetectedFace } from '../generated/freeface/extractor/v1/DetectedFace.js';
import type { DetectOptions__Output } from '../generated/freeface/extractor/v1/DetectOptions.js';
import type { DetectResponse, DetectResponse__Output } from '../generated/freeface/extractor/v1/DetectResponse.js';
import type {
  ExtractBatchResponse,
  ExtractBatchResponse__Output,
} from '../generated/freeface/extractor/v1/ExtractBatchResponse.js';
import type { ExtractedFace as WireExtractedFace } from '../generated/freeface/extractor/v1/ExtractedFace.js';
import type { ExtractOptions__Output } from '../generated/freeface/extractor/v1/ExtractOptions.js';
import type { ExtractResponse, ExtractResponse__Output } from '../generated/freeface/extractor/v1/ExtractResponse.js';
import type { LandmarkScheme__Output } from '../generated/freeface/extractor/v1/LandmarkScheme.js';
import type {
  ListModelsResponse,
  ListModelsResponse__Output,
} from '../generated/freeface/extractor/v1/ListModelsResponse.js';
import type { ModelTask__Output } from '../generated/freeface/extractor/v1/ModelTask.js';
import type { QualityReason__Output } from '../generated/freeface/extractor/v1/QualityReason.js';
import type { StageTimings__Output } from '../generated/freeface/extractor/v1/StageTimings.js';
import { enumNames, type Specified } from '../wire-enums.js';
import type {
  BatchOutcome,
  DetectedFace,
  DetectOptions,
  DetectResult,
  ExtractedFace,
  ExtractOptions,
  ExtractResult,
  ModelInfo,
  ModelTask,
} from './extractor.types.js';

const SCHEMES = enumNames<Specified<LandmarkScheme__Output>, Landmarks['kind']>()({
  LANDMARK_SCHEME_FIVE: 'five',
  LANDMARK_SCHEME_BLAZEFACE: 'blazeface',
});
const REASONS = enumNames<Specified<QualityReason__Output>, QualityReason>()({
  QUALITY_REASON_TOO_SMALL: 'too_small',
  QUALITY_REASON_BLURRED: 'blurred',
  QUALITY_REASON_STRONG_POSE: 'strong_pose',
  QUALITY_REASON_LOW_SCORE: 'low_score',
  QUALITY_REASON_CUT_AT_EDGE: 'cut_at_edge',
});
const TASKS = enumNames<Specified<ModelTask__Output>, ModelTask>()({
  MODEL_TASK_DETECT: 'detect',
  MODEL_TASK_EMBED: 'embed',
});

const ZERO_TIMINGS: StageTimings__Output = { decodeMs: 0, detectMs: 0, qualityMs: 0, alignMs: 0, embedMs: 0 };
const ZERO_MEASURES: FaceQuality['measures'] = { size: 0, sharpness: 0, yaw: 0, rollDegrees: 0, detectionScore: 0 };

// ---- the server's side: plain results -> messages ----

const toWireDetectedFace = (f: DetectedFace): WireDetectedFace => ({
  bbox: f.box,
  detectionScore: f.score,
  landmarks: { scheme: SCHEMES.wireOf(f.landmarks.kind), points: [...f.landmarks.points] },
  quality: { score: f.quality.score, reasons: f.quality.reasons.map(REASONS.wireOf), measures: f.quality.measures },
});

const toWireExtractedFace = (f: ExtractedFace): WireExtractedFace => ({
  ...toWireDetectedFace(f),
  embedding: Array.from(f.embedding),
  alignedCrop: f.alignedCrop ?? new Uint8Array(0),
});

export const toWireDetectResponse = (r: DetectResult): DetectResponse => ({
  ...r,
  faces: r.faces.map(toWireDetectedFace),
  rejectedFaces: r.rejectedFaces.map(toWireDetectedFace),
});

export const toWireExtractResponse = (r: ExtractResult): ExtractResponse => ({
  ...r,
  faces: r.faces.map(toWireExtractedFace),
  rejectedFaces: r.rejectedFaces.map(toWireDetectedFace),
});

export const toWireBatchResponse = (outcomes: readonly BatchOutcome[]): ExtractBatchResponse => ({
  results: outcomes.map((o) =>
    o.ok ? { id: o.id, extracted: toWireExtractResponse(o.result) } : { id: o.id, failure: o.failure },
  ),
});

export const toWireModels = (models: readonly ModelInfo[]): ListModelsResponse => ({
  models: models.map((m) => ({ ...m, task: TASKS.wireOf(m.task) })),
});

/** The options of a request as the caller set them: no virtual oneof fields; an empty model id names no model. */
function optionsOf<T extends object>(o: T): Omit<T, `_${string}`> {
  const set = Object.entries(o).filter(([key, value]) => !key.startsWith('_') && value !== '');
  return Object.fromEntries(set) as Omit<T, `_${string}`>;
}

/** A request without its options message has the defaults. */
export const fromWireDetectOptions = (o: DetectOptions__Output | null): DetectOptions =>
  optionsOf(o ?? { dropBelowQuality: false });

export const fromWireExtractOptions = (o: ExtractOptions__Output | null): ExtractOptions =>
  optionsOf(o ?? { dropBelowQuality: false, returnAlignedCrop: false });

// ---- the client's side: messages -> plain results ----

function fromWireDetectedFace(f: DetectResponse__Output['faces'][number]): DetectedFace {
  return {
    box: f.bbox ?? { x: 0, y: 0, width: 0, height: 0 },
    score: f.detectionScore,
    landmarks: { kind: SCHEMES.nameOf(f.landmarks?.scheme) ?? 'five', points: f.landmarks?.points ?? [] },
    quality: {
      score: f.quality?.score ?? 0,
      // a reason added by a newer server is left out rather than misnamed
      reasons: (f.quality?.reasons ?? []).map(REASONS.nameOf).filter((r) => r !== undefined),
      measures: f.quality?.measures ?? ZERO_MEASURES,
    },
  };
}

function fromWireExtractedFace(f: ExtractResponse__Output['faces'][number]): ExtractedFace {
  const crop = f.alignedCrop.byteLength > 0 ? { alignedCrop: new Uint8Array(f.alignedCrop) } : {};
  return { ...fromWireDetectedFace(f), embedding: Float32Array.from(f.embedding), ...crop };
}

/** What a Detect and an Extract response share: their image, rejected faces and timings; absent ones are zeros. */
const fromWireResponse = <R extends DetectResponse__Output>(r: R) => ({
  ...r,
  image: r.image ?? { width: 0, height: 0 },
  rejectedFaces: r.rejectedFaces.map(fromWireDetectedFace),
  timings: r.timings ?? ZERO_TIMINGS,
});

export const fromWireDetectResponse = (r: DetectResponse__Output): DetectResult => ({
  ...fromWireResponse(r),
  faces: r.faces.map(fromWireDetectedFace),
});

export const fromWireExtractResponse = (r: ExtractResponse__Output): ExtractResult => ({
  ...fromWireResponse(r),
  faces: r.faces.map(fromWireExtractedFace),
});

export const fromWireBatchResponse = (r: ExtractBatchResponse__Output): BatchOutcome[] =>
  r.results.map(({ id, extracted, failure }) =>
    extracted
      ? { id, ok: true, result: fromWireExtractResponse(extracted) }
      : {
          id,
          ok: false,
          failure: failure ?? { status: 'UNKNOWN', code: 'UNKNOWN', message: 'no result for this image' },
        },
  );

export const fromWireModels = (r: ListModelsResponse__Output): ModelInfo[] =>
  r.models.map((m) => ({ ...m, task: TASKS.nameOf(m.task) ?? 'detect' }));
