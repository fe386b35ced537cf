import { RateLimitedError } from '@freeface/domain';
import type { Cache } from '@freeface/storage';

const WINDOW_SECONDS = 60;

/** Where a client stands in its window: what the RateLimit-* headers of an answer say. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** seconds until the window resets */
  resetSeconds: number;
}

/**
 * Requests per minute per client (a user, an API key, or an IP), counted in the cache port so every replica shares
 * the count. Fixed one-minute windows: the key names the window, and the counter lives as long as it does.
 */
export class RateLimiter {
  constructor(
    private readonly cache: Cache,
    private readonly perMinute: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /**
   * Counts one request of this client and answers where it stands (the RateLimit headers say it); over the
   * limit, RateLimitedError with the seconds until the next window, after `onState` was told the same.
   */
  async hit(client: string, onState?: (state: RateLimitState) => void): Promise<RateLimitState> {
    const now = this.now();
    const windowMs = WINDOW_SECONDS * 1000;
    const window = Math.floor(now / windowMs);
    const count = await this.cache.increment(`ratelimit:${client}:${window}`, WINDOW_SECONDS);
    const state: RateLimitState = {
      limit: this.perMinute,
      remaining: Math.max(0, this.perMinute - count),
      resetSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)),
    };
    onState?.(state);
    if (count > this.perMinute) throw new RateLimitedError(state.resetSeconds);
    return state;
  }
}
