import type { Config } from '@freeface/config';
import type { Logger } from '@freeface/observability';
import * as ort from 'onnxruntime-node';

/** The settings group `models` fields this module reads. */
export type OnnxSettings = Pick<
  Config['models'],
  'executionProvider' | 'intraOpThreads' | 'interOpThreads' | 'intraOpSpinning'
>;

export type ExecutionProvider = OnnxSettings['executionProvider'];

/** How a session is made; onnxruntime's by default, replaceable in tests. */
export type SessionFactory = (
  path: string,
  options: ort.InferenceSession.SessionOptions,
) => Promise<ort.InferenceSession>;

const createWithOnnxRuntime: SessionFactory = (path, options) => ort.InferenceSession.create(path, options);

/**
 * One onnxruntime session per model id, created on first use and shared afterwards (sessions are safe to run
 * concurrently). Threads and the execution provider come from settings; when CUDA is asked for and cannot be
 * loaded, one warning is logged and every session of this pool runs on the CPU.
 */
export class OnnxSessions {
  readonly #sessions = new Map<string, Promise<ort.InferenceSession>>();
  readonly #providers = new Map<string, ExecutionProvider>();
  #cudaFailed = false;

  constructor(
    private readonly settings: OnnxSettings,
    private readonly logger: Logger,
    private readonly create: SessionFactory = createWithOnnxRuntime,
  ) {}

  /** The session of `modelId`, loading `path` the first time. A failed load is forgotten, so it can be retried. */
  get(modelId: string, path: string): Promise<ort.InferenceSession> {
    let session = this.#sessions.get(modelId);
    if (!session) {
      session = this.#open(modelId, path);
      session.catch(() => this.#sessions.delete(modelId));
      this.#sessions.set(modelId, session);
    }
    return session;
  }

  /** The provider a loaded model runs on (undefined before it is loaded). */
  providerOf(modelId: string): ExecutionProvider | undefined {
    return this.#providers.get(modelId);
  }

  /** Releases every session; the pool can be used again afterwards. */
  async close(): Promise<void> {
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    this.#providers.clear();
    await Promise.all(sessions.map((s) => s.then((session) => session.release()).catch(() => undefined)));
  }

  async #open(modelId: string, path: string): Promise<ort.InferenceSession> {
    if (this.settings.executionProvider === 'cuda' && !this.#cudaFailed) {
      try {
        const session = await this.create(path, this.#options(['cuda', 'cpu']));
        this.#providers.set(modelId, 'cuda');
        return session;
      } catch (error) {
        this.#cudaFailed = true;
        this.logger.warn(
          { modelId, err: error instanceof Error ? error.message : String(error) },
          'CUDA execution provider unavailable; running onnxruntime on the CPU',
        );
      }
    }
    const session = await this.create(path, this.#options(['cpu']));
    this.#providers.set(modelId, 'cpu');
    return session;
  }

  #options(executionProviders: ExecutionProvider[]): ort.InferenceSession.SessionOptions {
    const { intraOpThreads, interOpThreads, intraOpSpinning } = this.settings;
    return {
      executionProviders,
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
      ...(intraOpThreads > 0 ? { intraOpNumThreads: intraOpThreads } : {}),
      ...(interOpThreads > 0 ? { interOpNumThreads: interOpThreads } : {}),
      // session config entry session.intra_op.allow_spinning
      extra: { session: { intra_op: { allow_spinning: intraOpSpinning ? '1' : '0' } } },
    };
  }
}
