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
   * true: background work (the enrollment workers, which have their own bound; a re-embedding): waits for a
   * slot however many wait already, and gets one only when no interactive task waits. Default false: an
   * interactive task (a request someone waits on), served before every background one, and refused with
   * OverloadedError when maxQueued interactive tasks already wait.
   */
  readonly wait?: boolean | undefined;
}

/** The settings' limits; images.maxConcurrent 0 sizes them by the machine: max(1, min(cores, GiB of memory)). */
export function imageWorkLimits(images: Pick<Config['images'], 'maxConcurrent' | 'maxQueued'>): WorkLimits {
  const byMachine = Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / GIB)));
  return { maxConcurrent: images.maxConcurrent > 0 ? images.maxConcurrent : byMachine, maxQueued: images.maxQueued };
}

/**
 * At most maxConcurrent tasks at once, the others waiting: interactive ones first, first come first served,
 * then background ones (options.wait), first come first served. An interactive caller that would wait behind
 * maxQueued others gets OverloadedError, whose retryAfterSeconds is the time the queue ahead should take at the
 * pace of the tasks so far.
 */
export class WorkLimiter {
  #running = 0;
  readonly #interactive: Array<() => void> = [];
  readonly #background: Array<() => void> = [];
  /** a moving average of how long a task takes, ms */
  #taskMs = 1_000;

  constructor(readonly limits: WorkLimits) {}

  /** tasks running now */
  get running(): number {
    return this.#running;
  }

  /** tasks waiting for a slot now */
  get waiting(): number {
    return this.#interactive.length + this.#background.length;
  }

  async run<T>(task: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (this.#running < this.limits.maxConcurrent) this.#running++;
    else {
      const background = options.wait === true;
      if (!background && this.#interactive.length >= this.limits.maxQueued) {
        throw new OverloadedError(this.#retryAfterSeconds());
      }
      // the slot is handed over by the task that ends: #running stays as it is
      const queue = background ? this.#background : this.#interactive;
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    const start = performance.now();
    try {
      return await task();
    } finally {
      this.#taskMs = 0.8 * this.#taskMs + 0.2 * (performance.now() - start);
      const next = this.#interactive.shift() ?? this.#background.shift();
      if (next) next();
      else this.#running--;
    }
  }

  #retryAfterSeconds(): number {
    const ahead = this.#interactive.length + this.#running;
    return Math.max(1, Math.ceil((ahead * this.#taskMs) / this.limits.maxConcurrent / 1000));
  }
}
