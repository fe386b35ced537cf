// A fixed set of worker threads, one task at a time each: what the image pool runs the pipeline on. A worker
// that dies is replaced and its task fails with a clear error; close() terminates them all.
import { Worker } from 'node:worker_threads';
import { FreeFaceError } from '@freeface/domain';
import { type ThreadReply, toThreadError } from './thread-messages.js';

export interface ThreadPoolOptions {
  /** the worker's entry, a TypeScript module (run through tsx, as the whole process is) */
  readonly script: URL;
  readonly size: number;
  /** given to every worker (structured-cloned) */
  readonly workerData?: unknown;
  /** names the threads in errors and logs */
  readonly name: string;
  /** told when a worker stopped unasked (it has been replaced already) */
  readonly onCrash?: (detail: { readonly threadId: number; readonly reason: string }) => void;
}

interface Task {
  readonly message: unknown;
  readonly transfer: readonly ArrayBuffer[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

interface Thread {
  readonly worker: Worker;
  task: Task | undefined;
}

/** Lets worker threads import the workspace's TypeScript, however the parent was started (tsx, vitest). */
const TSX = ['--import', 'tsx'];

/**
 * `size` workers, each started once and told its workerData; run() hands a message to an idle one (waiting
 * first come first served when all are busy: the caller's limiter keeps that queue short) and answers what it
 * replies. start() resolves once every worker said it is ready, and rejects with the first one's failure.
 */
export class ThreadPool {
  /** the workers ready for tasks */
  readonly #threads = new Set<Thread>();
  /** every worker started and not yet stopped, ready or not: what close() terminates */
  readonly #workers = new Set<Worker>();
  readonly #queue: Task[] = [];
  #closed = false;

  constructor(private readonly options: ThreadPoolOptions) {}

  get size(): number {
    return this.#threads.size;
  }

  /** Starts the workers; each loads what it needs before it says it is ready. */
  async start(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.size }, () => this.#spawn()));
  }

  /** The worker's answer to `message`; the buffers in `transfer` move to the worker (detached here). */
  run<T>(message: unknown, transfer: readonly ArrayBuffer[] = []): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closedError());
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ message, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.#dispatch();
    });
  }

  /** Terminates every worker; tasks running or waiting fail. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const error = this.#closedError();
    for (const task of this.#queue.splice(0)) task.reject(error);
    for (const thread of this.#threads) thread.task?.reject(error);
    this.#threads.clear();
    const workers = [...this.#workers];
    this.#workers.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #spawn(): Promise<void> {
    const worker = new Worker(this.options.script, {
      workerData: this.options.workerData,
      execArgv: TSX,
      name: this.options.name,
    });
    this.#workers.add(worker);
    const thread: Thread = { worker, task: undefined };
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      worker.on('message', (reply: ThreadReply) => {
        if (reply.kind === 'ready') {
          ready = true;
          this.#threads.add(thread);
          resolve();
          this.#dispatch();
          return;
        }
        if (reply.kind === 'failed-to-start') {
          reject(toThreadError(reply.error));
          void worker.terminate();
          return;
        }
        const task = thread.task;
        thread.task = undefined;
        if (reply.kind === 'done') task?.resolve(reply.value);
        else task?.reject(toThreadError(reply.error));
        this.#dispatch();
      });
      worker.on('error', (error) => this.#lost(thread, ready, error.message, reject));
      worker.on('exit', (code) => {
        this.#workers.delete(worker);
        this.#lost(thread, ready, `exit code ${code}`, reject);
      });
    });
  }

  /** A worker stopped: fail its task, and replace it if it had been ready (one that cannot start is not retried). */
  #lost(thread: Thread, ready: boolean, reason: string, reject: (error: unknown) => void): void {
    if (this.#closed) {
      if (!ready) reject(this.#closedError()); // start() ends when the pool is closed before its workers are ready
      return;
    }
    if (!this.#threads.has(thread) && ready) return;
    const { threadId } = thread.worker;
    this.#threads.delete(thread);
    void thread.worker.terminate();
    if (!ready) {
      reject(new FreeFaceError('INTERNAL', `${this.options.name} worker thread did not start: ${reason}`));
      return;
    }
    const task = thread.task;
    thread.task = undefined;
    task?.reject(
      new FreeFaceError(
        'INTERNAL',
        `the ${this.options.name} worker thread stopped (${reason}) while running this task; it has been replaced, so a retry can succeed`,
      ),
    );
    this.options.onCrash?.({ threadId, reason });
    this.#spawn().catch((error: unknown) => {
      const waiting = this.#queue.length > 0 && this.#threads.size === 0;
      this.options.onCrash?.({ threadId, reason: `its replacement did not start: ${String(error)}` });
      if (waiting) for (const t of this.#queue.splice(0)) t.reject(error);
    });
  }

  #dispatch(): void {
    for (const thread of this.#threads) {
      if (this.#queue.length === 0) return;
      if (thread.task) continue;
      const task = this.#queue.shift() as Task;
      thread.task = task;
      thread.worker.postMessage({ kind: 'run', message: task.message }, task.transfer as ArrayBuffer[]);
    }
  }

  #closedError(): FreeFaceError {
    return new FreeFaceError('UNAVAILABLE', `the ${this.options.name} worker threads are shut down`);
  }
}
