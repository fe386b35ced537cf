// The extractor's requests and results as plain TypeScript (proto/extractor.proto, freeface.extractor.v1):
// what ExtractorClient returns and what the extractor's handlers produce. Embeddings are Float32Array,
// crops are PNG bytes; the wire shapes and their conversion live in extractor.wire.ts.

export interface FaceBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FacePoint {
  readonly x: number;
  readonly y: number;
}

/** five: eyes, nose tip, mouth corners (RetinaFace); blazeface: eyes, nose tip, mouth centre, ear tragions. */
export type LandmarkKind = 'five' | 'blazeface';

export interface FaceLandmarks {
  readonly kind: LandmarkKind;
  readonly points: readonly FacePoint[];
}

export const QUALITY_REASONS = ['too_small', 'blurred', 'strong_pose', 'low_score', 'cut_at_edge'] as const;
export type FaceQualityReason = (typeof QUALITY_REASONS)[number];

export interface FaceQualityInfo {
  /** 1: nothing against the face; lower for each problem */
  readonly score: number;
  readonly reasons: readonly FaceQualityReason[];
  readonly measures: {
    readonly size: number;
    readonly sharpness: number;
    readonly yaw: number;
    readonly rollDegrees: number;
    readonly detectionScore: number;
  };
}

export interface DetectedFace {
  readonly box: FaceBox;
  readonly score: number;
  readonly landmarks: FaceLandmarks;
  readonly quality: FaceQualityInfo;
}

export interface ExtractedFace extends DetectedFace {
  /** L2-normalised, ExtractResult.dimension long */
  readonly embedding: Float32Array;
  /** PNG of the aligned crop the embedding was computed from; only when returnAlignedCrop was asked */
  readonly alignedCrop?: Uint8Array;
}

/** Milliseconds per stage, measured by the server. */
export interface StageTimings {
  readonly decodeMs: number;
  readonly detectMs: number;
  readonly qualityMs: number;
  readonly alignMs: number;
  readonly embedMs: number;
}

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export interface DetectOptions {
  /** detector model id; default: the server's settings models.detector */
  readonly detector?: string;
  /** faces under this quality are not kept; default: the server's settings quality.threshold */
  readonly minQuality?: number;
  /** true: faces under minQuality are left out; false (default): they come back in rejectedFaces */
  readonly dropBelowQuality?: boolean;
}

export interface ExtractOptions extends DetectOptions {
  /** embedder model id; default: the server's settings models.embedder */
  readonly embedder?: string;
  /** true: each face carries its aligned crop as PNG */
  readonly returnAlignedCrop?: boolean;
}

export interface DetectResult {
  readonly image: ImageSize;
  readonly detectorModelId: string;
  /** best detection score first */
  readonly faces: readonly DetectedFace[];
  readonly rejectedFaces: readonly DetectedFace[];
  readonly timings: StageTimings;
}

export interface ExtractResult {
  readonly image: ImageSize;
  readonly detectorModelId: string;
  readonly embedderModelId: string;
  /** length of every embedding */
  readonly dimension: number;
  readonly faces: readonly ExtractedFace[];
  /** not embedded */
  readonly rejectedFaces: readonly DetectedFace[];
  readonly timings: StageTimings;
  /** cosine similarity from which two embeddings of this embedder are the same person */
  readonly matchThreshold: number;
}

export interface BatchImage {
  /** the caller's name for the image, echoed in its outcome */
  readonly id: string;
  readonly image: Uint8Array;
}

/** Why one image of a batch failed: what Extract would have failed with. */
export interface ImageFailure {
  /** gRPC status name, e.g. INVALID_ARGUMENT */
  readonly status: string;
  /** stable FreeFace code, e.g. IMAGE_UNREADABLE */
  readonly code: string;
  readonly message: string;
}

export type BatchOutcome =
  | { readonly id: string; readonly ok: true; readonly result: ExtractResult }
  | { readonly id: string; readonly ok: false; readonly failure: ImageFailure };

export type ModelTask = 'detect' | 'embed';

export interface ModelInfo {
  readonly id: string;
  readonly task: ModelTask;
  readonly architecture: string;
  readonly description: string;
  /** the weights are on the server */
  readonly present: boolean;
  /** embedding length; 0 for detectors */
  readonly dimension: number;
  /** used when a request names no model */
  readonly isDefault: boolean;
  readonly licence: string;
  /** embedders: measured cosine similarity that separates people; 0 when not measured */
  readonly matchThreshold: number;
}
