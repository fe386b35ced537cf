import { InvalidArgumentError } from '@freeface/domain';
import {
  type AlignedFace,
  type Analysis,
  type AnalyzerSettings,
  type Embedder,
  FaceAnalyzer,
  type FaceDetector,
  type ImagePipeline,
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
  /** the process's image worker threads, which run the pipeline off the gRPC event loop (none: this thread) */
  readonly pipeline?: ImagePipeline | undefined;
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

/** min_quality, when given, is a quality score: from 0 to 1. */
export function checkMinQuality(minQuality: number | undefined): void {
  if (minQuality !== undefined && !(minQuality >= 0 && minQuality <= 1))
    throw new InvalidArgumentError(`min_quality must be from 0 to 1; got ${minQuality}`);
}

/**
 * One image through the FaceAnalyzer (decode -> detect -> quality -> align -> embed) with the models the request
 * names, in a slot of request.limiter (OverloadedError, gRPC UNAVAILABLE, when its queue is full), on the image
 * worker threads when the process has them, timing each stage (the analyzer times align and embed together and
 * the embedding model apart) and keeping the aligned crops. Bad bytes, and an image too small for any face, throw the vision package's ImageError;
 * a min_quality outside [0, 1], an InvalidArgumentError.
 */
export async function runPipeline(
  bytes: Uint8Array,
  request: PipelineRequest,
  settings: PipelineSettings,
): Promise<PipelineRun> {
  checkMinQuality(request.minQuality);
  const analyzer = new FaceAnalyzer(request.detector, request.embedder, settings, request.limiter, request.pipeline);
  const { analysis, aligned, embedMs } = await analyzer.analyzeDetailed(bytes, {
    embed: request.embed,
    keepAligned: true,
    ...(request.minQuality !== undefined ? { minQuality: request.minQuality } : {}),
  });
  const { decode, detect, quality, embed } = analysis.timingsMs;
  return {
    analysis,
    aligned,
    stagesMs: { decode, detect, quality, align: Math.max(0, embed - embedMs), embed: embedMs },
    detectorId: request.detector.id,
    embedderId: request.embedder.id,
    dimension: request.embedder.dimension,
    matchThreshold: analyzer.matchThreshold,
  };
}
