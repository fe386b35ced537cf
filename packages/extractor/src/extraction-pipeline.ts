import { InvalidArgumentError } from '@freeface/domain';
import {
  type AlignedFace,
  type Analysis,
  type AnalyzerSettings,
  type Embedder,
  FaceAnalyzer,
  type FaceDetector,
  type WorkLimiter,
} from '@freeface/vision';

/** The analyzer's settings (decodeImage refuses images under images.minSide on a side). */
export type PipelineSettings = AnalyzerSettings;

/** Milliseconds per stage of one image. */
export interface StageMs {
  readonly decode: number;
  readonly detect: number;
  readonly quality: number;
  readonly align: number;
  readonly embed: number;
}

export interface PipelineRequest {
  readonly detector: FaceDetector;
  readonly embedder: Embedder;
  /** default: settings quality.threshold */
  readonly minQuality?: number;
  /** false: detect and assess only */
  readonly embed: boolean;
  /** the process's bound on images at once (the default analyzer's): OVERLOADED when its queue is full */
  readonly limiter?: WorkLimiter;
}

export interface PipelineRun {
  readonly analysis: Analysis;
  /** the crop each face of analysis.faces was embedded from, in the same order (empty when not embedding) */
  readonly aligned: readonly AlignedFace[];
  readonly stagesMs: StageMs;
  readonly detectorId: string;
  readonly embedderId: string;
  readonly dimension: number;
  readonly matchThreshold: number;
}

/** An embedder passing faces on to another, keeping the crops it was given and the time the model took. */
class RecordingEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly template: Embedder['template'];
  readonly matchThreshold?: number;
  readonly faces: AlignedFace[] = [];
  ms = 0;

  constructor(private readonly inner: Embedder) {
    this.id = inner.id;
    this.dimension = inner.dimension;
    this.template = inner.template;
    if (inner.matchThreshold !== undefined) this.matchThreshold = inner.matchThreshold;
  }

  async embed(faces: readonly AlignedFace[]): Promise<Float32Array[]> {
    this.faces.push(...faces);
    const start = performance.now();
    try {
      return await this.inner.embed(faces);
    } finally {
      this.ms += performance.now() - start;
    }
  }
}

/** min_quality, when given, is a quality score: from 0 to 1. */
export function checkMinQuality(minQuality: number | undefined): void {
  if (minQuality !== undefined && !(minQuality >= 0 && minQuality <= 1))
    throw new InvalidArgumentError(`min_quality must be from 0 to 1; got ${minQuality}`);
}

/**
 * One image through the FaceAnalyzer (decode -> detect -> quality -> align -> embed) with the models the request
 * names, in a slot of request.limiter (OverloadedError, gRPC UNAVAILABLE, when its queue is full), timing each stage: the analyzer times align and embed together, the recording embedder splits them and
 * keeps the aligned crops. Bad bytes, and an image too small for any face, throw the vision package's ImageError;
 * a min_quality outside [0, 1], an InvalidArgumentError.
 */
export async function runPipeline(
  bytes: Uint8Array,
  request: PipelineRequest,
  settings: PipelineSettings,
): Promise<PipelineRun> {
  checkMinQuality(request.minQuality);
  const recorder = new RecordingEmbedder(request.embedder);
  const analyzer = new FaceAnalyzer(request.detector, recorder, settings, request.limiter);
  const analysis = await analyzer.analyze(bytes, {
    embed: request.embed,
    ...(request.minQuality !== undefined ? { minQuality: request.minQuality } : {}),
  });
  const { decode, detect, quality, embed } = analysis.timingsMs;
  return {
    analysis,
    aligned: recorder.faces,
    stagesMs: { decode, detect, quality, align: Math.max(0, embed - recorder.ms), embed: recorder.ms },
    detectorId: request.detector.id,
    embedderId: request.embedder.id,
    dimension: request.embedder.dimension,
    matchThreshold: analyzer.matchThreshold,
  };
}
