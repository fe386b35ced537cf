// The image pipeline (decode -> detect -> quality -> align -> embed) on worker threads, so that the event loop
// of the process only parses, validates, awaits and answers. FaceAnalyzer.analyze() hands its images here when
// the process has a pool (settings images.workerThreads); callers see the same analyses.
import { availableParallelism } from 'node:os';
import type { Config } from '@freeface/config';
import type { ImagePipeline, ImageRequest, ImageRun } from '../face-analyzer.js';
import { ThreadPool } from './thread-pool.js';

/** What a worker needs to load the same models as the process (plain data: it is structured-cloned). */
export interface ImageWorkerData {
  readonly config: Pick<Config, 'models' | 'images' | 'quality' | 'matching'>;
  readonly logLevel: string;
}

/** One image for a worker: the bytes (a buffer of their own, moved, not copied) and how to analyse them. */
export interface ImageTask {
  readonly bytes: ArrayBuffer;
  readonly request: ImageRequest;
}

/** Worker threads the settings ask for: -1 one per core, 0 none. */
export function imageWorkerThreads(images: Pick<Config['images'], 'workerThreads'>): number {
  return images.workerThreads < 0 ? availableParallelism() : images.workerThreads;
}

/**
 * The onnxruntime settings of each worker: an intra-op thread count of 0 (onnxruntime's choice: one per core,
 * in each session of each worker) becomes cores / workers, at least 1, so that the workers share the cores.
 */
export function workerOnnxSettings(models: Config['models'], workers: number): Config['models'] {
  if (models.intraOpThreads > 0) return models;
  return {
    ...models,
    intraOpThreads: Math.max(1, Math.floor(availableParallelism() / workers)),
    interOpThreads: models.interOpThreads > 0 ? models.interOpThreads : 1,
  };
}

export class ImagePool implements ImagePipeline {
  readonly #threads: ThreadPool;
  /** resolves once every worker has loaded its models; rejects with the first one's failure */
  readonly ready: Promise<void>;

  /** Starts `size` workers, each loading the models of `config` (see ready). */
  constructor(
    config: ImageWorkerData['config'],
    readonly options: { readonly size: number; readonly logLevel: string; readonly onCrash?: (reason: string) => void },
  ) {
    const { size, logLevel, onCrash } = options;
    const workerData: ImageWorkerData = {
      config: { ...config, models: workerOnnxSettings(config.models, size) },
      logLevel,
    };
    this.#threads = new ThreadPool({
      script: new URL('./image-worker.ts', import.meta.url),
      size,
      workerData,
      name: 'image',
      ...(onCrash ? { onCrash: ({ reason }: { reason: string }) => onCrash(reason) } : {}),
    });
    this.ready = this.#threads.start();
    this.ready.catch(() => undefined); // the caller awaits it; a failed start is not also an unhandled rejection
  }

  /** A pool whose workers are all ready (closed again when one fails to start). */
  static async start(config: ImageWorkerData['config'], options: ImagePool['options']): Promise<ImagePool> {
    const pool = new ImagePool(config, options);
    try {
      await pool.ready;
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** the workers asked for: each analyses one image at a time */
  get size(): number {
    return this.options.size;
  }

  /**
   * One image through the pipeline on a worker. The bytes are copied into a buffer of their own, which moves to
   * the worker: the caller's (often a slice of a larger buffer, and kept to be stored) stay as they are.
   */
  analyze(bytes: Uint8Array, request: ImageRequest): Promise<ImageRun> {
    const own = new Uint8Array(bytes).buffer;
    const task: ImageTask = { bytes: own, request: plainRequest(request) };
    return this.#threads.run<ImageRun>(task, [own]);
  }

  close(): Promise<void> {
    return this.#threads.close();
  }
}

/** The request's own fields, nothing a caller's object carries besides (it is structured-cloned). */
const plainRequest = ({ detectorId, embedderId, embed, minQuality, keepAligned }: ImageRequest): ImageRequest => ({
  detectorId,
  embedderId,
  ...(embed !== undefined ? { embed } : {}),
  ...(minQuality !== undefined ? { minQuality } : {}),
  ...(keepAligned !== undefined ? { keepAligned } : {}),
});
