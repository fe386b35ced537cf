import type { Config } from '@freeface/config';
import { alignFace } from './align/align-face.js';
import { createDetector } from './detect/create-detector.js';
import type { FaceDetector } from './detect/face-detector.js';
import { createEmbedder } from './embed/create-embedder.js';
import type { Embedder } from './embed/embedder.js';
import { decodeImage, type ImageLimits } from './image/decode-image.js';
import type { ModelRegistry } from './models/model-registry.js';
import type { OnnxSessions } from './onnx/onnx-sessions.js';
import { assessQuality, type FaceQuality, type QualitySettings } from './quality/assess-quality.js';
import type { Detection, RgbImage } from './types.js';
import { ModelError } from './vision-errors.js';

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

const since = (start: number) => performance.now() - start;

/**
 * Image bytes in, faces out: decode -> detect -> quality -> (drop under the threshold) -> align onto the
 * embedder's template -> embed, all faces of an image in one embedder call.
 */
export class FaceAnalyzer {
  /** cosine similarity from which two faces are the same person: the setting, else the embedder's own */
  readonly matchThreshold: number;

  constructor(
    readonly detector: FaceDetector,
    readonly embedder: Embedder,
    private readonly settings: AnalyzerSettings,
  ) {
    const threshold = settings.matching.threshold ?? embedder.matchThreshold;
    if (threshold === undefined) {
      throw new ModelError(
        'MODEL_NOT_SUPPORTED',
        `embedder ${embedder.id} has no measured matchThreshold in models/manifest.json: set FREEFACE_MATCH_THRESHOLD`,
      );
    }
    this.matchThreshold = threshold;
  }

  /** Decodes and analyses; throws ImageError (with a stable code) for bytes it will not decode. */
  async analyze(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<Analysis> {
    const start = performance.now();
    const image = await decodeImage(bytes, this.settings.images);
    const analysis = await this.analyzeImage(image, options);
    return { ...analysis, timingsMs: { ...analysis.timingsMs, decode: since(start) - sumOf(analysis.timingsMs) } };
  }

  async analyzeImage(image: RgbImage, options: AnalyzeOptions = {}): Promise<Analysis> {
    const minQuality = options.minQuality ?? this.settings.quality.threshold;
    let start = performance.now();
    const detections = await this.detector.detect(image);
    const detect = since(start);

    start = performance.now();
    const assessed = detections.map((detection) => ({
      detection,
      quality: assessQuality(image, detection, this.settings.quality),
    }));
    const kept = assessed.filter((f) => f.quality.score >= minQuality);
    const rejected = assessed.filter((f) => f.quality.score < minQuality);
    const quality = since(start);

    start = performance.now();
    const embeddings =
      options.embed === false || kept.length === 0
        ? kept.map(() => null)
        : await this.embedder.embed(kept.map((f) => alignFace(image, f.detection, this.embedder.template)));
    const embed = since(start);

    return {
      width: image.width,
      height: image.height,
      faces: kept.map((f, i) => ({ ...f, embedding: embeddings[i] ?? null })),
      rejected,
      embedderId: this.embedder.id,
      timingsMs: { decode: 0, detect, quality, embed },
    };
  }
}

const sumOf = (t: Analysis['timingsMs']) => t.decode + t.detect + t.quality + t.embed;

/** The analyzer the settings ask for (models.detector, models.embedder), sessions from the shared pool. */
export async function createFaceAnalyzer(
  config: Pick<Config, 'models' | 'images' | 'quality' | 'matching'>,
  deps: { readonly registry: ModelRegistry; readonly sessions: OnnxSessions },
): Promise<FaceAnalyzer> {
  const [detector, embedder] = await Promise.all([
    createDetector(config.models.detector, deps),
    createEmbedder(config.models.embedder, deps),
  ]);
  return new FaceAnalyzer(detector, embedder, config);
}
