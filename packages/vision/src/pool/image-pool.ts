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
  private constructor(private readonly threads: ThreadPool) {}

  /** Starts `size` workers, each loading the models of `config`; resolves when all are ready. */
  static async start(
    config: ImageWorkerData['config'],
    { size, logLevel, onCrash }: { size: number; logLevel: string; onCrash?: (reason: string) => void },
  ): Promise<ImagePool> {
    const workerData: ImageWorkerData = {
      config: { ...config, models: workerOnnxSettings(config.models, size) },
      logLevel,
    };
    const threads = new ThreadPool({
      script: new URL('./image-worker.ts', import.meta.url),
      size,
      workerData,
      name: 'image',
      ...(onCrash ? { onCrash: ({ reason }: { reason: string }) => onCrash(reason) } : {}),
    });
    const pool = new ImagePool(threads);
    try {
      await threads.start();
    } catch (error) {
      await threads.close();
      throw error;
    }
    return pool;
  }

  get size(): number {
    return this.threads.size;
  }

  /**
   * One image through the pipeline on a worker. The bytes are copied into a buffer of their own, which moves to
   * the worker: the caller's (often a slice of a larger buffer, and kept to be stored) stay as they are.
   */
  analyze(bytes: Uint8Array, request: ImageRequest): Promise<ImageRun> {
    const own = new Uint8Array(bytes).buffer;
    const task: ImageTask = { bytes: own, request: plainRequest(request) };
    return this.threads.run<ImageRun>(task, [own]);
  }

  close(): Promise<void> {
    return this.threads.close();
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
