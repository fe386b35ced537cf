// Reused input tensors: a detector's 640x640x3 input is 4.9 MB, allocated (and zeroed) per image otherwise.

/** How many free buffers of one length are kept; more in use at once are allocated and dropped. */
const KEPT_PER_LENGTH = 8;
/** How many lengths are kept (RetinaFace's input follows the image's shape); the oldest goes first. */
const KEPT_LENGTHS = 16;

/**
 * Free Float32Arrays by length. acquire() hands out one whose values are left from before (the caller writes
 * every value); release() takes it back once nothing reads it any more (after the session.run that used it).
 * One pool per thread (a module-level instance), so a worker thread has its own.
 */
export class Float32Pool {
  readonly #free = new Map<number, Float32Array[]>();

  acquire(length: number): Float32Array {
    return this.#free.get(length)?.pop() ?? new Float32Array(length);
  }

  release(buffer: Float32Array): void {
    let free = this.#free.get(buffer.length);
    if (!free) {
      if (this.#free.size >= KEPT_LENGTHS) this.#free.delete(this.#free.keys().next().value as number);
      free = [];
      this.#free.set(buffer.length, free);
    }
    if (free.length < KEPT_PER_LENGTH && !free.includes(buffer)) free.push(buffer);
  }
}

/** The pool of this thread's model inputs. */
export const inputBuffers = new Float32Pool();
