import { RateLimitedError } from '@freeface/domain';
import type { Cache } from '@freeface/storage';

const WINDOW_SECONDS = 60;

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

  /** counts one request of this client; RateLimitedError (with the seconds until the next window) over the limit */
  async hit(client: string): Promise<void> {
    const now = this.now();
    const windowMs = WINDOW_SECONDS * 1000;
    const window = Math.floor(now / windowMs);
    const count = await this.cache.increment(`ratelimit:${client}:${window}`, WINDOW_SECONDS);
    if (count > this.perMinute) {
      throw new RateLimitedError(Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)));
    }
  }
}
