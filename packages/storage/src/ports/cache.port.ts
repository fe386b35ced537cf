// The cache port: small values with a lifetime, counters for rate limits, and a lock for single-flight work.
// Production: DragonflyDB (Redis protocol). Embedded: an in-memory LRU.

export interface Cache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** adds 1 and returns the new count; the first increment starts a window of windowSeconds */
  increment(key: string, windowSeconds: number): Promise<number>;
  /** takes the lock for ttlSeconds and returns its token, or undefined when someone holds it */
  acquireLock(key: string, ttlSeconds: number): Promise<string | undefined>;
  /** releases the lock only if token still holds it */
  releaseLock(key: string, token: string): Promise<void>;
  /** holds the lock ttlSeconds more from now if token still holds it; false when it does not (expired, taken) */
  renewLock(key: string, token: string, ttlSeconds: number): Promise<boolean>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
