// The entry of an image worker thread: its own onnxruntime sessions, loaded once, then one image at a time from
// the pool (image-pool.ts), decode through embedding, answered as plain objects.
import { workerData } from 'node:worker_threads';
import { createLogger } from '@freeface/observability';
import { createDetector } from '../detect/create-detector.js';
import type { FaceDetector } from '../detect/face-detector.js';
import { createEmbedder } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/embedder.js';
import { FaceAnalyzer } from '../face-analyzer.js';
import { ModelRegistry } from '../models/model-registry.js';
import { OnnxSessions } from '../onnx/onnx-sessions.js';
import type { ImageTask, ImageWorkerData } from './image-pool.js';
import { serveThread } from './thread-messages.js';

/** Each model loaded once, on first use (a failed load is forgotten, so that weights added later are found). */
function loadedOnce<T>(load: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (id) => {
    let loading = cache.get(id);
    if (!loading) {
      loading = load(id);
      loading.catch(() => cache.delete(id));
      cache.set(id, loading);
    }
    return loading;
  };
}

interface Models {
  readonly detector: (id: string) => Promise<FaceDetector>;
  readonly embedder: (id: string) => Promise<Embedder>;
}

serveThread<Models>(
  async () => {
    const { config, logLevel } = workerData as ImageWorkerData;
    const logger = createLogger({ name: 'image-worker', level: logLevel });
    const deps = { registry: ModelRegistry.load(config.models.dir), sessions: new OnnxSessions(config.models, logger) };
    const models = {
      detector: loadedOnce((id) => createDetector(id, deps)),
      embedder: loadedOnce((id) => createEmbedder(id, deps)),
    };
    // the settings' models ready before the first image
    await Promise.all([models.detector(config.models.detector), models.embedder(config.models.embedder)]);
    return models;
  },
  async (models, message) => {
    const { bytes, request } = message as ImageTask;
    const { detectorId, embedderId, ...options } = request;
    const [detector, embedder] = await Promise.all([models.detector(detectorId), models.embedder(embedderId)]);
    // unbounded: the parent's limiter bounds what reaches this thread
    const analyzer = new FaceAnalyzer(detector, embedder, (workerData as ImageWorkerData).config);
    return { value: await analyzer.analyzeDetailed(new Uint8Array(bytes), options) };
  },
);
