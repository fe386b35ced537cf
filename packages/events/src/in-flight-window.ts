/**
 * The messages of one partition in the handler at once: at most `size`, started in offset order, settling in
 * any order. What may be committed is the settled prefix: `settle` answers the last offset before the first
 * message not settled, so an offset is never committed past a message still running or handed back (a crash
 * delivers that one, and what came after it, again; nothing is lost).
 */
export class InFlightWindow<O> {
  /** the messages started and not yet committable, oldest first */
  readonly #started: Array<{ readonly offset: O; state: 'running' | 'handled' | 'left' }> = [];
  #running = 0;
  #waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`window size must be a whole number >= 1: ${size}`);
  }

  /** messages in the handler now */
  get running(): number {
    return this.#running;
  }

  /** Resolves once fewer than `size` messages are in the handler. */
  async room(): Promise<void> {
    while (this.#running >= this.size) await this.#next();
  }

  /** Resolves once no message is in the handler. */
  async drained(): Promise<void> {
    while (this.#running > 0) await this.#next();
  }

  start(offset: O): void {
    this.#started.push({ offset, state: 'running' });
    this.#running++;
  }

  /**
   * The message at `offset` is out of the handler: handled (it may be committed) or left (handed back: it
   * and everything after it stay uncommitted). Answers the last offset of the handled prefix when that prefix
   * grew, else undefined.
   */
  settle(offset: O, handled: boolean): O | undefined {
    const entry = this.#started.find((e) => e.offset === offset && e.state === 'running');
    if (!entry) throw new Error(`no message at offset ${String(offset)} is in the handler`);
    entry.state = handled ? 'handled' : 'left';
    this.#running--;
    let through: O | undefined;
    while (this.#started[0]?.state === 'handled') through = this.#started.shift()?.offset;
    for (const wake of this.#waiting.splice(0)) wake();
    return through;
  }

  #next(): Promise<void> {
    return new Promise<void>((resolve) => this.#waiting.push(resolve));
  }
}
