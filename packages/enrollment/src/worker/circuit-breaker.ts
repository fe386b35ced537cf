import { UnavailableError } from '@freeface/domain';

export interface CircuitBreakerOptions {
  /** failures in a row that open the circuit (settings enroll.breakerFailures) */
  readonly failures: number;
  /** how long it stays open before one trial call goes through (settings enroll.breakerResetMs) */
  readonly resetMs: number;
  readonly now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Closed: calls go through, failures in a row are counted. Open (after `failures` of them): calls fail at
 * once with UnavailableError, sparing a dead server the load and the callers the waits. After resetMs, one
 * trial call goes through (half-open): its success closes the circuit, its failure opens it again.
 */
export class CircuitBreaker {
  #failures = 0;
  #openedAt: number | undefined;
  #trial = false;
  readonly #now: () => number;

  constructor(
    private readonly name: string,
    private readonly options: CircuitBreakerOptions,
  ) {
    this.#now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.#openedAt === undefined) return 'closed';
    return this.#now() - this.#openedAt >= this.options.resetMs ? 'half-open' : 'open';
  }

  /** Runs fn unless the circuit is open; `counts` tells which failures are the server's (the rest pass through). */
  async call<T>(fn: () => Promise<T>, counts: (error: unknown) => boolean): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#trial)) {
      throw new UnavailableError(`${this.name} is failing: calls are held back for a while (circuit breaker open)`);
    }
    if (state === 'half-open') this.#trial = true;
    try {
      const result = await fn();
      this.#failures = 0;
      this.#openedAt = undefined;
      return result;
    } catch (error) {
      if (counts(error)) {
        this.#failures++;
        if (state === 'half-open' || this.#failures >= this.options.failures) this.#openedAt = this.#now();
      } else if (state === 'half-open') {
        this.#openedAt = undefined;
        this.#failures = 0;
      }
      throw error;
    } finally {
      if (state === 'half-open') this.#trial = false;
    }
  }
}
