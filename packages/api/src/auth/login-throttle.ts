import type { Config } from '@freeface/config';
import { RateLimitedError } from '@freeface/domain';
import type { Cache } from '@freeface/storage';

/** how long the failures of a username are remembered after the first of them */
const FAILURES_WINDOW_SECONDS = 24 * 3600;

type ThrottleSettings = Pick<Config['auth'], 'loginFreeFailures' | 'loginDelaySeconds' | 'loginMaxDelaySeconds'>;

/**
 * Failed logins per username, in the cache port so that every replica shares them. After loginFreeFailures
 * failures, each further failure makes the username wait before its next attempt: loginDelaySeconds, doubling
 * with each failure up to loginMaxDelaySeconds; an attempt before then is refused (RateLimitedError) without its
 * password being checked, and does not count. A successful login forgets the failures. Unknown usernames are
 * counted the same, so the answers do not tell which exist.
 */
export class LoginThrottle {
  constructor(
    private readonly cache: Cache,
    private readonly settings: ThrottleSettings,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** RateLimitedError (with the seconds to wait) while the username must wait */
  async check(username: string): Promise<void> {
    const until = Number(await this.cache.get(this.#blockedKey(username)));
    const waitMs = until - this.now();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new RateLimitedError(seconds, `too many failed logins for this username; try again in ${seconds} s`);
    }
  }

  async failed(username: string): Promise<void> {
    const failures = await this.cache.increment(this.#failuresKey(username), FAILURES_WINDOW_SECONDS);
    const over = failures - this.settings.loginFreeFailures;
    if (over < 0) return;
    const { loginDelaySeconds, loginMaxDelaySeconds } = this.settings;
    const seconds = Math.min(loginMaxDelaySeconds, loginDelaySeconds * 2 ** Math.min(over, 30));
    // the entry outlives the wait a little; `until` itself says when the wait ends
    await this.cache.set(this.#blockedKey(username), String(this.now() + seconds * 1000), seconds + 60);
  }

  async succeeded(username: string): Promise<void> {
    await Promise.all([this.cache.delete(this.#failuresKey(username)), this.cache.delete(this.#blockedKey(username))]);
  }

  #failuresKey = (username: string) => `login-failures:${encodeURIComponent(username)}`;
  #blockedKey = (username: string) => `login-blocked:${encodeURIComponent(username)}`;
}
