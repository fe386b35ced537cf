// The entry of an image worker thread: its own onnxruntime sessions and analyzer, loaded once, then one image
// at a time from the pool (image-pool.ts), decode through embedding, answered as plain objects.
import { workerData } from 'node:worker_threads';
import { createLogger } from '@freeface/observability';
import { createEmbedder } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/embedder.js';
import { createFaceAnalyzer, type FaceAnalyzer } from '../face-analyzer.js';
import { ModelRegistry } from '../models/model-registry.js';
import { OnnxSessions } from '../onnx/onnx-sessions.js';
import type { ImageTask, ImageWorkerData } from './image-pool.js';
import { serveThread } from './thread-messages.js';

interface State {
  readonly analyzer: FaceAnalyzer;
  /** analyzers of other embedders (a re-embedding's), made on first use */
  readonly byEmbedder: Map<string, Promise<FaceAnalyzer>>;
  readonly embedderOf: (id: string) => Promise<Embedder>;
}

serveThread<State>(
  async () => {
    const { config, logLevel } = workerData as ImageWorkerData;
    const logger = createLogger({ name: 'image-worker', level: logLevel });
    const registry = ModelRegistry.load(config.models.dir);
    const sessions = new OnnxSessions(config.models, logger);
    const analyzer = await createFaceAnalyzer(config, { registry, sessions }, { bounded: false });
    const byEmbedder = new Map([[analyzer.embedder.id, Promise.resolve(analyzer)]]);
    return { analyzer, byEmbedder, embedderOf: (id) => createEmbedder(id, { registry, sessions }) };
  },
  async (state, message) => {
    const { bytes, embedderId, options } = message as ImageTask;
    let analyzer = state.byEmbedder.get(embedderId);
    if (!analyzer) {
      analyzer = state.embedderOf(embedderId).then((embedder) => state.analyzer.withEmbedder(embedder));
      analyzer.catch(() => state.byEmbedder.delete(embedderId));
      state.byEmbedder.set(embedderId, analyzer);
    }
    const analysis = await (await analyzer).analyze(new Uint8Array(bytes), options);
    return { value: analysis };
  },
);
