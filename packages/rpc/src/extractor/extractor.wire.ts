// freeface.extractor.v1 messages as @grpc/proto-loader reads and writes them (camelCase fields, enums as their
// names, bytes as Buffer, absent messages as null), and their conversion to and from extractor.types.ts.
// Both directions are here so the client and the server cannot drift apart.
import {
  type BatchImage,
  type BatchOutcome,
  type DetectedFace,
  type DetectOptions,
  type DetectResult,
  type ExtractedFace,
  type ExtractOptions,
  type ExtractResult,
  type FaceLandmarks,
  type FaceQualityInfo,
  type FaceQualityReason,
  type ImageFailure,
  type LandmarkKind,
  type ModelInfo,
  type ModelTask,
  QUALITY_REASONS,
  type StageTimings,
} from './extractor.types.js';

type Maybe<T> = T | null | undefined;

export interface WireBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WireLandmarks {
  scheme: string;
  points: Array<{ x: number; y: number }>;
}
export interface WireQuality {
  score: number;
  reasons: string[];
  measures: Maybe<FaceQualityInfo['measures']>;
}
export interface WireDetectedFace {
  box: Maybe<WireBox>;
  score: number;
  landmarks: Maybe<WireLandmarks>;
  quality: Maybe<WireQuality>;
}
export interface WireExtractedFace extends WireDetectedFace {
  embedding: number[];
  alignedCrop: Maybe<Uint8Array>;
}
export interface WireTimings extends StageTimings {}
export interface WireImageInfo {
  width: number;
  height: number;
}
export interface WireDetectOptions {
  detector?: Maybe<string>;
  minQuality?: Maybe<number>;
  dropBelowQuality?: Maybe<boolean>;
}
export interface WireExtractOptions extends WireDetectOptions {
  embedder?: Maybe<string>;
  returnAlignedCrop?: Maybe<boolean>;
}
export interface WireDetectRequest {
  image: Uint8Array;
  options: Maybe<WireDetectOptions>;
}
export interface WireExtractRequest {
  image: Uint8Array;
  options: Maybe<WireExtractOptions>;
}
export interface WireDetectResponse {
  image: Maybe<WireImageInfo>;
  detectorModelId: string;
  faces: WireDetectedFace[];
  rejectedFaces: WireDetectedFace[];
  timings: Maybe<WireTimings>;
}
export interface WireExtractResponse extends Omit<WireDetectResponse, 'faces'> {
  embedderModelId: string;
  matchThreshold: number;
  dimension: number;
  faces: WireExtractedFace[];
}
export interface WireExtractBatchRequest {
  images: Array<{ id: string; image: Uint8Array }>;
  options: Maybe<WireExtractOptions>;
}
export interface WireExtractBatchResponse {
  results: Array<{ id: string; extracted?: Maybe<WireExtractResponse>; failure?: Maybe<ImageFailure> }>;
}
export interface WireModelInfo extends Omit<ModelInfo, 'task'> {
  task: string;
}
export interface WireListModelsResponse {
  models: WireModelInfo[];
}

// ---- enums: 'five' <-> 'LANDMARK_SCHEME_FIVE' ----

const enumName = (prefix: string, value: string) => `${prefix}${value.toUpperCase()}`;
function enumValue<T extends string>(prefix: string, name: string, known: readonly T[]): T | undefined {
  const value = String(name).startsWith(prefix) ? String(name).slice(prefix.length).toLowerCase() : '';
  return known.find((k) => k === value);
}
const SCHEME = 'LANDMARK_SCHEME_';
const REASON = 'QUALITY_REASON_';
const TASK = 'MODEL_TASK_';
const LANDMARK_KINDS: readonly LandmarkKind[] = ['five', 'blazeface'];
const TASKS: readonly ModelTask[] = ['detect', 'embed'];

const ZERO_TIMINGS: StageTimings = { decodeMs: 0, detectMs: 0, qualityMs: 0, alignMs: 0, embedMs: 0 };
const ZERO_MEASURES: FaceQualityInfo['measures'] = { size: 0, sharpness: 0, yaw: 0, rollDegrees: 0, detectionScore: 0 };

// ---- plain -> wire ----

export const toWireDetectOptions = (o: DetectOptions = {}): WireDetectOptions => ({
  ...(o.detector !== undefined ? { detector: o.detector } : {}),
  ...(o.minQuality !== undefined ? { minQuality: o.minQuality } : {}),
  dropBelowQuality: o.dropBelowQuality ?? false,
});

export const toWireExtractOptions = (o: ExtractOptions = {}): WireExtractOptions => ({
  ...toWireDetectOptions(o),
  ...(o.embedder !== undefined ? { embedder: o.embedder } : {}),
  returnAlignedCrop: o.returnAlignedCrop ?? false,
});

export const toWireDetectedFace = (f: DetectedFace): WireDetectedFace => ({
  box: { ...f.box },
  score: f.score,
  landmarks: { scheme: enumName(SCHEME, f.landmarks.kind), points: f.landmarks.points.map((p) => ({ ...p })) },
  quality: {
    score: f.quality.score,
    reasons: f.quality.reasons.map((r) => enumName(REASON, r)),
    measures: { ...f.quality.measures },
  },
});

const toWireExtractedFace = (f: ExtractedFace): WireExtractedFace => ({
  ...toWireDetectedFace(f),
  embedding: Array.from(f.embedding),
  alignedCrop: f.alignedCrop ?? new Uint8Array(0),
});

export const toWireDetectResponse = (r: DetectResult): WireDetectResponse => ({
  image: { ...r.image },
  detectorModelId: r.detectorModelId,
  faces: r.faces.map(toWireDetectedFace),
  rejectedFaces: r.rejectedFaces.map(toWireDetectedFace),
  timings: { ...r.timings },
});

export const toWireExtractResponse = (r: ExtractResult): WireExtractResponse => ({
  image: { ...r.image },
  detectorModelId: r.detectorModelId,
  embedderModelId: r.embedderModelId,
  dimension: r.dimension,
  faces: r.faces.map(toWireExtractedFace),
  rejectedFaces: r.rejectedFaces.map(toWireDetectedFace),
  timings: { ...r.timings },
  matchThreshold: r.matchThreshold,
});

export const toWireBatchResponse = (outcomes: readonly BatchOutcome[]): WireExtractBatchResponse => ({
  results: outcomes.map((o) =>
    o.ok ? { id: o.id, extracted: toWireExtractResponse(o.result) } : { id: o.id, failure: { ...o.failure } },
  ),
});

export const toWireModels = (models: readonly ModelInfo[]): WireListModelsResponse => ({
  models: models.map((m) => ({ ...m, task: enumName(TASK, m.task) })),
});

// ---- wire -> plain ----

export const fromWireDetectOptions = (o: Maybe<WireDetectOptions>): DetectOptions => ({
  ...(o?.detector ? { detector: o.detector } : {}),
  ...(typeof o?.minQuality === 'number' ? { minQuality: o.minQuality } : {}),
  dropBelowQuality: o?.dropBelowQuality === true,
});

export const fromWireExtractOptions = (o: Maybe<WireExtractOptions>): ExtractOptions => ({
  ...fromWireDetectOptions(o),
  ...(o?.embedder ? { embedder: o.embedder } : {}),
  returnAlignedCrop: o?.returnAlignedCrop === true,
});

export const fromWireBatchImages = (images: WireExtractBatchRequest['images']): BatchImage[] =>
  images.map((i) => ({ id: i.id, image: i.image }));

export function fromWireDetectedFace(f: WireDetectedFace): DetectedFace {
  return {
    box: f.box
      ? { x: f.box.x, y: f.box.y, width: f.box.width, height: f.box.height }
      : { x: 0, y: 0, width: 0, height: 0 },
    score: f.score,
    landmarks: {
      kind: enumValue(SCHEME, f.landmarks?.scheme ?? '', LANDMARK_KINDS) ?? 'five',
      points: (f.landmarks?.points ?? []).map((p) => ({ x: p.x, y: p.y })),
    } satisfies FaceLandmarks,
    quality: {
      score: f.quality?.score ?? 0,
      // a reason added by a newer server is left out rather than misnamed
      reasons: (f.quality?.reasons ?? [])
        .map((r) => enumValue(REASON, r, QUALITY_REASONS))
        .filter((r): r is FaceQualityReason => r !== undefined),
      measures: f.quality?.measures ? { ...ZERO_MEASURES, ...f.quality.measures } : ZERO_MEASURES,
    },
  };
}

function fromWireExtractedFace(f: WireExtractedFace): ExtractedFace {
  const crop = f.alignedCrop && f.alignedCrop.byteLength > 0 ? { alignedCrop: new Uint8Array(f.alignedCrop) } : {};
  return { ...fromWireDetectedFace(f), embedding: Float32Array.from(f.embedding), ...crop };
}

const timings = (t: Maybe<WireTimings>): StageTimings => (t ? { ...ZERO_TIMINGS, ...t } : ZERO_TIMINGS);
const size = (i: Maybe<WireImageInfo>) => ({ width: i?.width ?? 0, height: i?.height ?? 0 });

export const fromWireDetectResponse = (r: WireDetectResponse): DetectResult => ({
  image: size(r.image),
  detectorModelId: r.detectorModelId,
  faces: r.faces.map(fromWireDetectedFace),
  rejectedFaces: r.rejectedFaces.map(fromWireDetectedFace),
  timings: timings(r.timings),
});

export const fromWireExtractResponse = (r: WireExtractResponse): ExtractResult => ({
  image: size(r.image),
  detectorModelId: r.detectorModelId,
  embedderModelId: r.embedderModelId,
  dimension: r.dimension,
  faces: r.faces.map(fromWireExtractedFace),
  rejectedFaces: r.rejectedFaces.map(fromWireDetectedFace),
  timings: timings(r.timings),
  matchThreshold: r.matchThreshold,
});

export const fromWireBatchResponse = (r: WireExtractBatchResponse): BatchOutcome[] =>
  r.results.map((result) =>
    result.extracted
      ? { id: result.id, ok: true, result: fromWireExtractResponse(result.extracted) }
      : {
          id: result.id,
          ok: false,
          failure: result.failure ?? { status: 'UNKNOWN', code: 'UNKNOWN', message: 'no result for this image' },
        },
  );

export const fromWireModels = (r: WireListModelsResponse): ModelInfo[] =>
  r.models.map((m) => ({
    id: m.id,
    task: enumValue(TASK, m.task, TASKS) ?? 'detect',
    architecture: m.architecture,
    description: m.description,
    present: m.present,
    dimension: m.dimension,
    isDefault: m.isDefault,
    licence: m.licence,
    matchThreshold: m.matchThreshold,
  }));
