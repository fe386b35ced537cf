// How many images a process decodes and analyses at once, and how many may wait: the one bound on the memory
// images take, shared by the REST API, the extractor's gRPC handlers and the enrollment workers of a process.
import { availableParallelism, totalmem } from 'node:os';
import type { Config } from '@freeface/config';
import { OverloadedError } from '@freeface/domain';

const GIB = 1024 ** 3;

export interface WorkLimits {
  /** tasks running at once */
  readonly maxConcurrent: number;
  /** tasks that may wait for a slot before callers that do not wait are refused */
  readonly maxQueued: number;
}

export interface RunOptions {
  /**
   * true: wait for a slot however many wait already (background work: the enrollment workers, which have
   * their own bound). Default false: OverloadedError when maxQueued tasks already wait.
   */
  readonly wait?: boolean | undefined;
}

/** The settings' limits; images.maxConcurrent 0 sizes them by the machine: max(1, min(cores, GiB of memory)). */
export function imageWorkLimits(images: Pick<Config['images'], 'maxConcurrent' | 'maxQueued'>): WorkLimits {
  const byMachine = Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / GIB)));
  return { maxConcurrent: images.maxConcurrent > 0 ? images.maxConcurrent : byMachine, maxQueued: images.maxQueued };
}

/**
 * At most maxConcurrent tasks at once, the others waiting first come first served; a caller that will not wait
 * past maxQueued others gets OverloadedError, whose retryAfterSeconds is the time the queue ahead should take
 * at the pace of the tasks so far.
 */
export class WorkLimiter {
  #running = 0;
  readonly #waiting: Array<() => void> = [];
  /** a moving average of how long a task takes, ms */
  #taskMs = 1_000;

  constructor(readonly limits: WorkLimits) {}

  /** tasks running now */
  get running(): number {
    return this.#running;
  }

  /** tasks waiting for a slot now */
  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(task: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (this.#running < this.limits.maxConcurrent) this.#running++;
    else {
      if (options.wait !== true && this.#waiting.length >= this.limits.maxQueued) {
        throw new OverloadedError(this.#retryAfterSeconds());
      }
      // the slot is handed over by the task that ends: #running stays as it is
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    const start = performance.now();
    try {
      return await task();
    } finally {
      this.#taskMs = 0.8 * this.#taskMs + 0.2 * (performance.now() - start);
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }

  #retryAfterSeconds(): number {
    const ahead = this.#waiting.length + this.#running;
    return Math.max(1, Math.ceil((ahead * this.#taskMs) / this.limits.maxConcurrent / 1000));
  }
}
