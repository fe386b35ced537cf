// Publishes that come while a produce request is on its way wait for it and then go together, in one request:
// under load many messages share one round trip (and the CPU of one request), while a lone publish goes at
// once and waits for nothing. Each publish resolves when the brokers have acknowledged its own batch. One
// batcher per topic, so that a topic in trouble (not there, its leader moving) holds up only its own messages.

export interface Outgoing {
  readonly topic: string;
  readonly key: string;
  readonly value: Buffer | string;
}

interface Waiting extends Outgoing {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  /** given up on (its timeout): not sent when it is still waiting */
  abandoned: boolean;
}

export class ProduceBatcher {
  #waiting: Waiting[] = [];
  #sending = false;

  /** `send` delivers one batch (every message of it, or fails as a whole); at most `maxBatch` messages a batch */
  constructor(
    private readonly send: (messages: readonly Outgoing[]) => Promise<void>,
    private readonly maxBatch = 500,
  ) {}

  /**
   * Resolves once the batch holding this message is acknowledged; rejects with that batch's error, or with
   * `timeout()` after `timeoutMs` (a message still waiting then is never sent; one in flight may yet arrive).
   */
  publish(message: Outgoing, timeoutMs: number, timeout: () => Error): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    return new Promise<void>((resolve, reject) => {
      const waiting: Waiting = { ...message, resolve, reject, abandoned: false };
      timer = setTimeout(() => {
        waiting.abandoned = true;
        reject(timeout());
      }, timeoutMs);
      this.#waiting.push(waiting);
      if (!this.#sending) void this.#drain();
    }).finally(() => clearTimeout(timer));
  }

  /** messages waiting for the batch in flight to end */
  get waiting(): number {
    return this.#waiting.length;
  }

  async #drain(): Promise<void> {
    this.#sending = true;
    try {
      while (this.#waiting.length > 0) {
        const batch = this.#waiting.splice(0, this.maxBatch).filter((m) => !m.abandoned);
        if (batch.length === 0) continue;
        try {
          await this.send(batch);
          for (const m of batch) m.resolve();
        } catch (error) {
          for (const m of batch) m.reject(error);
        }
      }
    } finally {
      this.#sending = false;
    }
  }
}
