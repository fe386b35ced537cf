// What the thread pool and its workers say to each other, and the worker's side of it (serveThread): errors
// cross as their class, code and message, so an ImageError thrown in a worker is an ImageError (a 4xx) here.
import { parentPort } from 'node:worker_threads';
import { type ErrorCode, FreeFaceError } from '@freeface/domain';
import { ImageError, ModelError } from '../vision-errors.js';

export interface ThreadFailure {
  readonly code?: string;
  readonly message: string;
}

export type ThreadReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed-to-start'; readonly error: ThreadFailure }
  | { readonly kind: 'done'; readonly value: unknown }
  | { readonly kind: 'failed'; readonly error: ThreadFailure };

export interface ThreadAnswer {
  readonly value: unknown;
  /** buffers of value that move to the parent instead of being copied */
  readonly transfer?: readonly ArrayBuffer[];
}

const failure = (error: unknown): ThreadFailure =>
  error instanceof FreeFaceError
    ? { code: error.code, message: error.message }
    : { message: error instanceof Error ? error.message : String(error) };

/** The error a worker reported, as the class the caller's error table knows (INTERNAL when it had no code). */
export function toThreadError({ code, message }: ThreadFailure): Error {
  if (code?.startsWith('IMAGE_')) return new ImageError(code as ImageError['code'], message);
  if (code?.startsWith('MODEL_')) return new ModelError(code as ModelError['code'], message);
  return new FreeFaceError((code ?? 'INTERNAL') as ErrorCode, message);
}

/**
 * The worker's loop: start() once (loading models), then handle() each message the pool sends, one at a time.
 * Call it from a worker thread's entry module.
 */
export function serveThread<S>(
  start: () => Promise<S>,
  handle: (state: S, message: unknown) => Promise<ThreadAnswer>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveThread runs in a worker thread');
  start().then(
    (state) => {
      port.on('message', async ({ message }: { message: unknown }) => {
        try {
          const { value, transfer = [] } = await handle(state, message);
          port.postMessage({ kind: 'done', value } satisfies ThreadReply, transfer as ArrayBuffer[]);
        } catch (error) {
          port.postMessage({ kind: 'failed', error: failure(error) } satisfies ThreadReply);
        }
      });
      port.postMessage({ kind: 'ready' } satisfies ThreadReply);
    },
    (error: unknown) => {
      port.postMessage({ kind: 'failed-to-start', error: failure(error) } satisfies ThreadReply);
    },
  );
}
