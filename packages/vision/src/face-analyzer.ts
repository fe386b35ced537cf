import type { Config } from '@freeface/config';
import { alignFace } from './align/align-face.js';
import { createDetector } from './detect/create-detector.js';
import type { FaceDetector } from './detect/face-detector.js';
import { createEmbedder, embedBatching } from './embed/create-embedder.js';
import type { Embedder } from './embed/embedder.js';
import { RecordingEmbedder } from './embed/recording-embedder.js';
import { type DecodedImage, decodeImage, type ImageLimits } from './image/decode-image.js';
import type { ModelRegistry } from './models/model-registry.js';
import type { OnnxSessions } from './onnx/onnx-sessions.js';
import { assessQuality, type FaceQuality, type QualitySettings } from './quality/assess-quality.js';
import type { AlignedFace, Detection, Point, RgbImage } from './types.js';
import { ModelError } from './vision-errors.js';
import { imageWorkLimits, type RunOptions, WorkLimiter } from './work-limiter.js';

export interface AnalyzerSettings {
  readonly images: ImageLimits;
  readonly quality: QualitySettings & Pick<Config['quality'], 'threshold'>;
  /** settings matching.threshold: overrides the embedder's measured threshold */
  readonly matching: { readonly threshold?: number | undefined };
}

export interface AnalyzeOptions {
  /** faces scoring under this quality are returned in `rejected`, not embedded (default: settings quality.threshold) */
  readonly minQuality?: number;
  /** false: detect and assess only (default true) */
  readonly embed?: boolean;
  /**
   * analyze() only: true is background work, which waits for a slot of the limiter however long its queue and
   * after every interactive request (see RunOptions)
   */
  readonly wait?: RunOptions['wait'];
}

export interface AnalyzedFace {
  readonly detection: Detection;
  readonly quality: FaceQuality;
  /** L2-normalised, embedder.dimension long; null when embedding was not asked for */
  readonly embedding: Float32Array | null;
}

export interface Analysis {
  readonly width: number;
  readonly height: number;
  /** the faces kept, best detection score first */
  readonly faces: readonly AnalyzedFace[];
  /** faces under the quality threshold, with the reasons a person can act on */
  readonly rejected: ReadonlyArray<{ readonly detection: Detection; readonly quality: FaceQuality }>;
  /** the model that made the embeddings */
  readonly embedderId: string;
  readonly timingsMs: {
    readonly decode: number;
    readonly detect: number;
    readonly quality: number;
    readonly embed: number;
  };
}

/** analyzeDetailed()'s options: analyze()'s, and whether to keep the crops the faces were embedded from. */
export interface DetailedOptions extends AnalyzeOptions {
  /** true: ImageRun.aligned holds the crop of each face embedded */
  readonly keepAligned?: boolean;
}

/** An analysis with what the extractor reports besides: the crops and the time inside the embedding model. */
export interface ImageRun {
  readonly analysis: Analysis;
  /** the crop each face of analysis.faces was embedded from, in order (empty unless keepAligned) */
  readonly aligned: readonly AlignedFace[];
  /** ms inside the embedding model (analysis.timingsMs.embed holds alignment too) */
  readonly embedMs: number;
}

/** One image for an ImagePipeline: the models by id and how to analyse it. */
export interface ImageRequest extends Omit<DetailedOptions, 'wait'> {
  readonly detectorId: string;
  readonly embedderId: string;
}

/** Worker threads that run the whole of analyze() (pool/image-pool.ts): the pipeline off the caller's thread. */
export interface ImagePipeline {
  /** workers, each analysing one image at a time */
  readonly size: number;
  analyze(bytes: Uint8Array, request: ImageRequest): Promise<ImageRun>;
}

const since = (start: number) => performance.now() - start;

/**
 * Image bytes in, faces out: decode -> detect -> quality -> (drop under the threshold) -> align onto the
 * embedder's template -> embed, all faces of an image in one embedder call.
 */
export class FaceAnalyzer {
  #embedder: Embedder;
  #threshold: number;
  /**
   * The embedder's id and dimension, read when used: what the stores hold follows a switch (useEmbedder) of the
   * embedder, e.g. at the end of a re-embedding.
   */
  readonly current: { readonly id: string; readonly dimension: number };

  constructor(
    readonly detector: FaceDetector,
    embedder: Embedder,
    private readonly settings: AnalyzerSettings,
    /** bounds the images analyze() decodes and analyses at once (default: no bound) */
    readonly limiter: WorkLimiter = new WorkLimiter({
      maxConcurrent: Number.POSITIVE_INFINITY,
      maxQueued: Number.POSITIVE_INFINITY,
    }),
    /** where analyze() runs the pipeline: these worker threads, else this thread */
    readonly pool?: ImagePipeline,
  ) {
    this.#embedder = embedder;
    this.#threshold = thresholdOf(embedder, settings);
    const self = this;
    this.current = {
      get id() {
        return self.#embedder.id;
      },
      get dimension() {
        return self.#embedder.dimension;
      },
    };
  }

  get embedder(): Embedder {
    return this.#embedder;
  }

  /** cosine similarity from which two faces are the same person: the setting, else the embedder's own */
  get matchThreshold(): number {
    return this.#threshold;
  }

  /** Makes every later analysis embed with `embedder` (and match at its threshold); one already running keeps its. */
  useEmbedder(embedder: Embedder): void {
    const threshold = thresholdOf(embedder, this.settings);
    this.#embedder = embedder;
    this.#threshold = threshold;
  }

  /** Another analyzer on the same detector, limiter and pool that embeds with `embedder` (a re-embedding's). */
  withEmbedder(embedder: Embedder): FaceAnalyzer {
    return new FaceAnalyzer(this.detector, embedder, this.settings, this.limiter, this.pool);
  }

  /**
   * Decodes and analyses, in a slot of the limiter (OverloadedError when its queue is full, unless
   * options.wait), on a worker thread of the pool when there is one; throws ImageError (with a stable code) for
   * bytes it will not decode.
   */
  async analyze(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<Analysis> {
    return (await this.analyzeDetailed(bytes, options)).analysis;
  }

  /** analyze(), with the crops (options.keepAligned) and the embedding model's own time: the extractor's. */
  async analyzeDetailed(bytes: Uint8Array, options: DetailedOptions = {}): Promise<ImageRun> {
    const { wait, ...pipeline } = options;
    return this.limiter.run(
      () => {
        const embedderId = this.#embedder.id;
        return this.pool
          ? this.pool.analyze(bytes, { ...pipeline, detectorId: this.detector.id, embedderId })
          : this.#analyzeHere(bytes, pipeline);
      },
      { wait },
    );
  }

  async #analyzeHere(bytes: Uint8Array, options: Omit<DetailedOptions, 'wait'>): Promise<ImageRun> {
    const recorder = new RecordingEmbedder(this.#embedder, options.keepAligned === true);
    const start = performance.now();
    const image = await decodeImage(bytes, this.settings.images);
    const decode = since(start);
    const analysis = await this.#analyzeWith(recorder, image, options);
    return {
      analysis: { ...analysis, timingsMs: { ...analysis.timingsMs, decode } },
      aligned: recorder.faces,
      embedMs: recorder.ms,
    };
  }

  /**
   * Analyses decoded pixels (the caller holds any slot it needs). An image decoded downscaled (DecodedImage
   * with a larger source size) gives its boxes, landmarks and face sizes in the pixels of the source.
   */
  async analyzeImage(image: RgbImage | DecodedImage, options: AnalyzeOptions = {}): Promise<Analysis> {
    return this.#analyzeWith(this.#embedder, image, options);
  }

  async #analyzeWith(embedder: Embedder, image: RgbImage | DecodedImage, options: AnalyzeOptions): Promise<Analysis> {
    const minQuality = options.minQuality ?? this.settings.quality.threshold;
    const { sourceWidth = image.width, sourceHeight = image.height } = image as Partial<DecodedImage>;
    const toSource = scaling(sourceWidth / image.width, sourceHeight / image.height);
    let start = performance.now();
    const detections = await this.detector.detect(image);
    const detect = since(start);

    start = performance.now();
    const qualitySettings = {
      ...this.settings.quality,
      minFaceSize: this.settings.quality.minFaceSize / toSource.size,
    };
    const assessed = detections.map((detection) => ({
      detection,
      quality: assessQuality(image, detection, qualitySettings),
    }));
    const kept = assessed.filter((f) => f.quality.score >= minQuality);
    const rejected = assessed.filter((f) => f.quality.score < minQuality);
    const quality = since(start);

    start = performance.now();
    const embeddings =
      options.embed === false || kept.length === 0
        ? kept.map(() => null)
        : await embedder.embed(kept.map((f) => alignFace(image, f.detection, embedder.template)));
    const embed = since(start);

    return {
      width: sourceWidth,
      height: sourceHeight,
      faces: kept.map((f, i) => ({ ...toSource.face(f), embedding: embeddings[i] ?? null })),
      rejected: rejected.map(toSource.face),
      embedderId: embedder.id,
      timingsMs: { decode: 0, detect, quality, embed },
    };
  }
}

function thresholdOf(embedder: Embedder, settings: AnalyzerSettings): number {
  const threshold = settings.matching.threshold ?? embedder.matchThreshold;
  if (threshold === undefined) {
    throw new ModelError(
      'MODEL_NOT_SUPPORTED',
      `embedder ${embedder.id} has no measured matchThreshold in models/manifest.json: set FREEFACE_MATCH_THRESHOLD`,
    );
  }
  return threshold;
}

interface Assessed {
  readonly detection: Detection;
  readonly quality: FaceQuality;
}

/** From decoded pixels to the source's: identity when the image was decoded at its size. */
function scaling(sx: number, sy: number) {
  const size = Math.max(sx, sy);
  const point = (p: Point): Point => ({ x: p.x * sx, y: p.y * sy });
  const detection = ({ box, score, landmarks }: Detection): Detection => ({
    box: { x: box.x * sx, y: box.y * sy, width: box.width * sx, height: box.height * sy },
    score,
    landmarks: { ...landmarks, points: landmarks.points.map(point) } as unknown as Detection['landmarks'],
  });
  const face = (f: Assessed): Assessed =>
    size === 1
      ? f
      : {
          detection: detection(f.detection),
          quality: { ...f.quality, measures: { ...f.quality.measures, size: f.quality.measures.size * size } },
        };
  return { size, face };
}

/**
 * The analyzer the settings ask for (models.detector, models.embedder), sessions from the shared pool, bounded
 * by the settings' limits and running its pipeline on options.pool when given.
 */
export async function createFaceAnalyzer(
  config: Pick<Config, 'models' | 'images' | 'quality' | 'matching'>,
  deps: { readonly registry: ModelRegistry; readonly sessions: OnnxSessions },
  options: { readonly pool?: ImagePipeline } = {},
): Promise<FaceAnalyzer> {
  const [detector, embedder] = await Promise.all([
    createDetector(config.models.detector, deps),
    createEmbedder(config.models.embedder, { ...deps, batching: embedBatching(config.models) }),
  ]);
  const limiter = new WorkLimiter(poolLimits(config.images, options.pool));
  return new FaceAnalyzer(detector, embedder, config, limiter, options.pool);
}

/** With a pool, no more images at once than it has workers: each works on one, the others wait in the limiter. */
function poolLimits(images: Config['images'], pool: ImagePipeline | undefined) {
  const limits = imageWorkLimits(images);
  return pool ? { ...limits, maxConcurrent: Math.min(limits.maxConcurrent, pool.size) } : limits;
}
