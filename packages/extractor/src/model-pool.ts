import { InvalidArgumentError } from '@freeface/domain';
import type { ModelInfo } from '@freeface/rpc';
import {
  createDetector,
  createEmbedder,
  type Embedder,
  type FaceDetector,
  type ImagePipeline,
  type ModelEntry,
  type Vision,
  type WorkLimiter,
} from '@freeface/vision';

/** What the extractor needs from the vision package: the default analyzer and where other models come from. */
export type ExtractorVision = Pick<Vision, 'analyzer' | 'registry' | 'sessions'> & Partial<Pick<Vision, 'batching'>>;

/**
 * The detectors and embedders requests may name: the settings' defaults (the analyzer's) ready at start, any other
 * model of the manifest loaded on first use and kept (embedders micro-batched as vision.batching says). An unknown id, or a detector named as an embedder (or the
 * reverse), is the caller's mistake: INVALID_ARGUMENT. A model whose weights are missing is MODEL_MISSING.
 */
export class ModelPool {
  readonly #detectors = new Map<string, Promise<FaceDetector>>();
  readonly #embedders = new Map<string, Promise<Embedder>>();

  constructor(private readonly vision: ExtractorVision) {
    this.#detectors.set(vision.analyzer.detector.id, Promise.resolve(vision.analyzer.detector));
    this.#embedders.set(vision.analyzer.embedder.id, Promise.resolve(vision.analyzer.embedder));
  }

  /** the process's bound on images decoded and analysed at once: the default analyzer's */
  get limiter(): WorkLimiter {
    return this.vision.analyzer.limiter;
  }

  /** the process's image worker threads (the default analyzer's), undefined when it has none */
  get pipeline(): ImagePipeline | undefined {
    return this.vision.analyzer.pool;
  }

  get defaultDetector(): FaceDetector {
    return this.vision.analyzer.detector;
  }

  get defaultEmbedder(): Embedder {
    return this.vision.analyzer.embedder;
  }

  async detector(id: string = this.defaultDetector.id): Promise<FaceDetector> {
    return this.#load(this.#detectors, id, 'detect', () => createDetector(id, this.vision));
  }

  async embedder(id: string = this.defaultEmbedder.id): Promise<Embedder> {
    return this.#load(this.#embedders, id, 'embed', () => createEmbedder(id, this.vision));
  }

  /** Every model of the manifest, whether its weights are here, and which are the defaults. */
  list(): ModelInfo[] {
    const defaults = new Set([this.defaultDetector.id, this.defaultEmbedder.id]);
    return this.vision.registry.list().map((entry: ModelEntry) => ({
      id: entry.id,
      task: entry.task,
      architecture: entry.architecture,
      description: entry.description,
      present: this.vision.registry.locate(entry.id).present,
      dimension: entry.embeddingSize ?? 0,
      isDefault: defaults.has(entry.id),
      licence: entry.licence,
      matchThreshold: entry.matchThreshold ?? 0,
    }));
  }

  #load<T>(cache: Map<string, Promise<T>>, id: string, task: ModelEntry['task'], create: () => Promise<T>): Promise<T> {
    const cached = cache.get(id);
    if (cached) return cached;
    const entry = this.vision.registry.entry(id);
    if (entry.task !== task)
      throw new InvalidArgumentError(
        `model ${id} is ${entry.task === 'detect' ? 'a detector' : 'an embedder'}; name ${task === 'detect' ? 'a detector' : 'an embedder'} here (see ListModels)`,
        { model: id },
      );
    const loading = create();
    loading.catch(() => cache.delete(id)); // weights added later are picked up by the next request
    cache.set(id, loading);
    return loading;
  }
}
