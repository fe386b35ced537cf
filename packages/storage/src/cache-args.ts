// Argument checks both cache adapters share, so the in-memory cache and Redis refuse the same input with
// the same InvalidArgumentError (Redis would refuse a zero TTL with its own error, and round a fraction).
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError } from '@freeface/domain';

/** a year: longer lifetimes are a bug in the caller, not a cache entry */
export const MAX_TTL_SECONDS = 365 * 24 * 3600;
/** Redis' limit on a key is 512 MB; ours is what a sensible cache key needs */
export const MAX_CACHE_KEY_LENGTH = 1024;

export function checkCacheKey(key: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_CACHE_KEY_LENGTH) {
    throw new InvalidArgumentError(`a cache key is 1 to ${MAX_CACHE_KEY_LENGTH} characters`, {
      key: String(key).slice(0, 200),
    });
  }
  return key;
}

/** a lifetime in seconds (fractions allowed) as whole milliseconds, at least 1 */
export function ttlMillis(what: 'ttlSeconds' | 'windowSeconds', seconds: number): number {
  if (typeof seconds !== 'number' || !(seconds > 0) || seconds > MAX_TTL_SECONDS) {
    throw new InvalidArgumentError(`${what} is a number of seconds above 0 and at most ${MAX_TTL_SECONDS}`, {
      [what]: seconds,
    });
  }
  return Math.max(1, Math.ceil(seconds * 1000));
}

export function notACounter(key: string): InvalidArgumentError {
  return new InvalidArgumentError(`cache key ${key} holds a value that is not a counter`, { key });
}

/** a lock token nobody can guess, so only the holder can release */
export const newLockToken = (): string => randomUUID();
