import type { Logger } from '@freeface/observability';

export interface ShutdownReport {
  /** every step ran and none failed */
  readonly ok: boolean;
  readonly failed: ReadonlyArray<{ readonly step: string; readonly error: string }>;
  /** the step still running when the time was up */
  readonly hung?: string | undefined;
  /** the steps not run because the time was up */
  readonly skipped: readonly string[];
}

interface Step {
  readonly name: string;
  readonly run: () => unknown;
}

/**
 * The one ordered shutdown of a process: what starts adds how it stops; run() stops it all in reverse order of
 * start, each step after the one before, within one time budget. A failed step is logged and the next runs;
 * a step that hangs past the budget is logged by name and the rest are skipped. Runs once.
 */
export class Shutdown {
  readonly #steps: Step[] = [];
  #run: Promise<ShutdownReport> | undefined;

  constructor(private readonly logger: Logger) {}

  /** Adds a step; it runs before every step added before it. */
  add(name: string, run: () => unknown): void {
    if (this.#run) throw new Error(`shutdown already under way: cannot add step ${name}`);
    this.#steps.push({ name, run });
  }

  get started(): boolean {
    return this.#run !== undefined;
  }

  run(timeoutMs: number): Promise<ShutdownReport> {
    this.#run ??= this.#runAll(timeoutMs);
    return this.#run;
  }

  async #runAll(timeoutMs: number): Promise<ShutdownReport> {
    const deadline = Date.now() + timeoutMs;
    const steps = [...this.#steps].reverse();
    const failed: Array<{ step: string; error: string }> = [];
    for (const [index, step] of steps.entries()) {
      const left = deadline - Date.now();
      const outcome = left > 0 ? await within(step.run, left) : ({ kind: 'timeout' } as const);
      if (outcome.kind === 'timeout') {
        const skipped = steps.slice(index + 1).map((s) => s.name);
        this.logger.error(
          { step: step.name, timeoutMs, skipped },
          `shutdown step "${step.name}" did not finish within the shutdown timeout (${timeoutMs} ms)`,
        );
        return { ok: false, failed, hung: step.name, skipped };
      }
      if (outcome.kind === 'failed') {
        const error = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
        failed.push({ step: step.name, error });
        this.logger.error({ step: step.name, err: outcome.error }, `shutdown step "${step.name}" failed: ${error}`);
      }
    }
    return { ok: failed.length === 0, failed, skipped: [] };
  }
}

type Outcome = { kind: 'done' } | { kind: 'failed'; error: unknown } | { kind: 'timeout' };

async function within(run: () => unknown, ms: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), ms);
  });
  const step = (async (): Promise<Outcome> => {
    await run();
    return { kind: 'done' };
  })().catch((error: unknown): Outcome => ({ kind: 'failed', error }));
  try {
    return await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
