import { type Priority, UnavailableError } from '@freeface/domain';
import type { Logger } from '@freeface/observability';

/** Where enroll_async hands its jobs: in-process here; the Kafka topics of the async-enroll service later. */
export interface EnrollQueue {
  submit(jobId: string, priority: Priority): void;
  /** resolves when nothing is waiting or running */
  idle(): Promise<void>;
  /** takes no more jobs and waits for the running ones; jobs still waiting stay queued in the store */
  close(): Promise<void>;
}

const ORDER: readonly Priority[] = ['critical', 'high', 'normal', 'low'];

/** A few workers in this process, taking the highest priority first, first come first served within one. */
export class InProcessEnrollQueue implements EnrollQueue {
  private readonly waiting = new Map<Priority, string[]>(ORDER.map((p) => [p, []]));
  private running = 0;
  private closed = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly work: (jobId: string) => Promise<void>,
    private readonly concurrency: number,
    private readonly logger: Logger,
  ) {}

  submit(jobId: string, priority: Priority): void {
    if (this.closed) throw new UnavailableError('the server is shutting down; send the enrollment again shortly');
    this.waiting.get(priority)?.push(jobId);
    this.pump();
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const jobs of this.waiting.values()) jobs.length = 0;
    await this.idle();
  }

  private next(): string | undefined {
    for (const priority of ORDER) {
      const jobId = this.waiting.get(priority)?.shift();
      if (jobId !== undefined) return jobId;
    }
    return undefined;
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const jobId = this.next();
      if (jobId === undefined) break;
      this.running++;
      this.work(jobId)
        .catch((error: unknown) => this.logger.error({ err: error, jobId }, 'enrollment job crashed'))
        .finally(() => {
          this.running--;
          if (!this.closed) this.pump();
          if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
        });
    }
  }

  private isIdle(): boolean {
    return this.running === 0 && [...this.waiting.values()].every((jobs) => jobs.length === 0);
  }
}
