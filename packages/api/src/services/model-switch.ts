// The active embedder of the API and its re-embedding: which embedder answers (persisted, so that a restart and
// the other replicas keep it), what the configured one still lacks, and the background run that fills it.
import type { Config } from '@freeface/config';
import { ConflictError, type FaceBox, InvalidArgumentError } from '@freeface/domain';
import {
  type EmbedderRef,
  EmbedderStateStore,
  ImageService,
  Locks,
  type ReindexProgress,
  runReindex,
} from '@freeface/enrollment';
import type { Logger, Metrics } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import {
  createEmbedder,
  type Embedder,
  type FaceAnalyzer,
  type ModelRegistry,
  type OnnxSessions,
} from '@freeface/vision';
import { reindexMetrics } from './reindex.metrics.js';

export interface ModelSwitchDeps {
  readonly config: Pick<Config, 'matching'>;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  readonly storage: Pick<Storage, 'metadata' | 'vectors' | 'objects' | 'cache'>;
  readonly vision: {
    readonly analyzer: FaceAnalyzer;
    readonly registry: ModelRegistry;
    readonly sessions: OnnxSessions;
  };
  /** embedded: the process's clustering, which follows the active embedder */
  readonly clustering?: { defaultModel: string; recluster(model?: string): Promise<unknown> } | undefined;
}

export interface ModelIndexView {
  readonly model: string;
  readonly faces: number;
}

/** Boxes of the stored face and of a detection are the same face from this overlap on. */
const SAME_FACE_IOU = 0.4;

function iou(a: FaceBox, b: FaceBox): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = x * y;
  return inter / (a.width * a.height + b.width * b.height - inter || 1);
}

const refOf = (e: { id: string; dimension: number }): EmbedderRef => ({ id: e.id, dimension: e.dimension });

export class ModelSwitch {
  #running: { progress: ReindexProgress; done: Promise<void>; abort: AbortController } | undefined;
  #last: ReindexProgress | undefined;
  readonly #embedders = new Map<string, Promise<Embedder>>();
  readonly #counters;

  private constructor(
    private readonly deps: ModelSwitchDeps,
    private readonly state: EmbedderStateStore,
    /** the embedder the settings name (the re-embedding's default target) */
    readonly configured: Embedder,
    last: ReindexProgress | undefined,
  ) {
    this.#last = last;
    this.#embedders.set(configured.id, Promise.resolve(configured));
    this.#counters = reindexMetrics(deps.metrics);
  }

  /**
   * Reads which embedder is active (first start: the model of the stored faces, else the configured one) and
   * makes the analyzer answer with it.
   */
  static async open(deps: ModelSwitchDeps): Promise<ModelSwitch> {
    const { analyzer } = deps.vision;
    const state = new EmbedderStateStore(deps.storage.objects);
    const configured = analyzer.embedder;
    let saved = await state.read();
    if (!saved) {
      // data from before the state existed: its faces name their model
      const [first] = (await deps.storage.metadata.faces.scan({ limit: 1 })).items;
      const model = first && first.model !== configured.id ? first.model : undefined;
      const dimension = model ? deps.vision.registry.entry(model).embeddingSize : undefined;
      saved = { active: model && dimension ? { id: model, dimension } : refOf(configured) };
      await state.write(saved);
    }
    // a run this state calls running was cut short (a stop or a crash): nothing runs it now
    const last =
      saved.reindex?.status === 'running'
        ? { ...saved.reindex, status: 'failed' as const, error: 'stopped before it completed; start it again' }
        : saved.reindex;
    const models = new ModelSwitch(deps, state, configured, last);
    if (saved.active.id !== configured.id) {
      const active = await models.embedder(saved.active.id);
      analyzer.useEmbedder(active);
      if (deps.clustering) deps.clustering.defaultModel = active.id;
      deps.logger.warn(
        { active: active.id, configured: configured.id },
        `${active.id} answers: ${configured.id} (the settings') waits for a re-embedding (freeface reindex)`,
      );
    }
    return models;
  }

  get active(): Embedder {
    return this.deps.vision.analyzer.embedder;
  }

  /** The face count of the index of each embedder in play: the active one, the configured one, a run's target. */
  async indexes(): Promise<ModelIndexView[]> {
    const ids = new Set([this.active.id, this.configured.id, ...(this.#running ? [this.#running.progress.to.id] : [])]);
    return Promise.all(
      [...ids].map(async (id) => {
        const embedder = await this.embedder(id);
        return { model: id, faces: await (await this.deps.storage.vectors.index(id, embedder.dimension)).count() };
      }),
    );
  }

  /** The last re-embedding of this process (or the persisted one), undefined when none ran. */
  progress(): ReindexProgress | undefined {
    return this.#running?.progress ?? this.#last;
  }

  /**
   * 'ok', or what the configured embedder's index lacks while another answers: never silently "unknown" after a
   * model switch.
   */
  async pending(): Promise<{ model: string; missing: number; activeFaces: number } | undefined> {
    if (this.configured.id === this.active.id) return undefined;
    const counts = new Map((await this.indexes()).map((i) => [i.model, i.faces]));
    const activeFaces = counts.get(this.active.id) ?? 0;
    const missing = Math.max(0, activeFaces - (counts.get(this.configured.id) ?? 0));
    return { model: this.configured.id, missing, activeFaces };
  }

  /** Starts re-embedding every face into `to` (default: the configured embedder) in the background. */
  async start(to: string = this.configured.id): Promise<ReindexProgress> {
    if (this.#running) throw new ConflictError(`a re-embedding into ${this.#running.progress.to.id} is running`);
    const from = this.active;
    if (to === from.id)
      throw new ConflictError(
        `${to} is the active embedder already: name another one, or set FREEFACE_EMBEDDER (or FREEFACE_MODEL_PRESET) and restart`,
      );
    const entry = this.deps.vision.registry.entry(to);
    if (entry.task !== 'embed') throw new InvalidArgumentError(`model ${to} is a detector; name an embedder`);
    const target = await this.embedder(to);
    const analyzer = this.deps.vision.analyzer.withEmbedder(target);
    const abort = new AbortController();
    const images = new ImageService(this.deps.storage);
    const reembed = async (bytes: Uint8Array, boxes: readonly FaceBox[]) => {
      const analysis = await analyzer.analyze(bytes, { minQuality: 0, wait: true });
      return boxes.map((box) => {
        const best = analysis.faces
          .map((f) => ({ f, overlap: iou(box, f.detection.box) }))
          .sort((a, b) => b.overlap - a.overlap)[0];
        return best && best.overlap >= SAME_FACE_IOU ? (best.f.embedding ?? undefined) : undefined;
      });
    };
    const running = {
      progress: {
        from: refOf(from),
        to: refOf(target),
        status: 'running',
        total: 0,
        done: 0,
        skipped: 0,
        startedAt: new Date().toISOString(),
      } as ReindexProgress,
      abort,
      done: Promise.resolve(),
    };
    this.#running = running;
    this.#counters.started(target.id);
    running.done = runReindex(
      {
        metadata: this.deps.storage.metadata,
        vectors: this.deps.storage.vectors,
        images,
        state: this.state,
        locks: new Locks(this.deps.storage.cache),
        logger: this.deps.logger,
        reembed,
        onProgress: (progress, newly) => {
          // "completed" is told once the new model answers (below)
          if (progress.status === 'running') running.progress = progress;
          this.#counters.progress(progress, newly);
        },
      },
      refOf(from),
      refOf(target),
      abort.signal,
    ).then(
      async (progress) => {
        this.deps.vision.analyzer.useEmbedder(target);
        this.#last = progress;
        this.#running = undefined;
        if (this.deps.clustering) {
          this.deps.clustering.defaultModel = target.id;
          // the clusters are per model: the unknown faces group again under the new one
          await this.deps.clustering
            .recluster(target.id)
            .catch((error: unknown) =>
              this.deps.logger.warn(
                { err: error },
                'after the re-embedding, re-clustering failed: run freeface recluster',
              ),
            );
        }
      },
      (error: unknown) => {
        this.#last = { ...running.progress, status: 'failed', error: (error as Error).message };
        this.#running = undefined;
        if (!abort.signal.aborted) this.deps.logger.error({ err: error }, 're-embedding failed; the old model answers');
      },
    );
    return running.progress;
  }

  /** Stops a run in progress (shutdown); the old model stays active, and a new start picks up what is done. */
  async close(): Promise<void> {
    const running = this.#running;
    if (!running) return;
    running.abort.abort(new Error('shutting down'));
    await running.done;
  }

  private embedder(id: string): Promise<Embedder> {
    let loading = this.#embedders.get(id);
    if (!loading) {
      loading = createEmbedder(id, this.deps.vision);
      this.#embedders.set(id, loading);
      loading.catch(() => this.#embedders.delete(id));
    }
    return loading;
  }
}
