// The cache port in memory, for the embedded profile (one process, so no one else to share with).
// Values, counters and locks live in one Map, as they share one key space on Redis; the Map's order is
// the recency order (a touched entry moves to the end), and past maxEntries the least recently used
// entry goes, passing over held locks so a full cache never hands a lock to a second holder.
// Expired entries are dropped when met. Nothing survives close(): a cache is allowed to forget.
import { UnavailableError } from '@freeface/domain';
import { checkCacheKey, newLockToken, notACounter, ttlMillis } from '../cache-args.js';
import type { Cache } from '../ports/cache.port.js';

export interface MemoryCacheOptions {
  /** entries kept before the least recently used goes (default: 100 000) */
  maxEntries?: number;
  /** the clock, in milliseconds; tests pass their own (default: performance.now, which never jumps back) */
  now?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
  lock: boolean;
}

const INTEGER = /^-?\d{1,16}$/;

export function createMemoryCache(options: MemoryCacheOptions = {}): Cache {
  const maxEntries = options.maxEntries ?? 100_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`maxEntries is a positive integer, got ${maxEntries}`);
  }
  return new MemoryCache(maxEntries, options.now ?? (() => performance.now()));
}

class MemoryCache implements Cache {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    const ms = ttlMillis('ttlSeconds', ttlSeconds);
    this.store(this.checked(key), { value: String(value), expiresAt: this.now() + ms, lock: false });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(this.checked(key));
  }

  async increment(key: string, windowSeconds: number): Promise<number> {
    const ms = ttlMillis('windowSeconds', windowSeconds);
    const entry = this.live(key);
    if (!entry) {
      this.store(key, { value: '1', expiresAt: this.now() + ms, lock: false });
      return 1;
    }
    if (entry.lock || !INTEGER.test(entry.value)) throw notACounter(key);
    const count = Number(entry.value) + 1;
    entry.value = String(count); // the window stays where the first increment put it
    return count;
  }

  async acquireLock(key: string, ttlSeconds: number): Promise<string | undefined> {
    const ms = ttlMillis('ttlSeconds', ttlSeconds);
    if (this.live(key)) return undefined;
    const token = newLockToken();
    this.store(key, { value: token, expiresAt: this.now() + ms, lock: true });
    return token;
  }

  async releaseLock(key: string, token: string): Promise<void> {
    const entry = this.live(key);
    if (entry?.lock && entry.value === token) this.entries.delete(key);
  }

  async renewLock(key: string, token: string, ttlSeconds: number): Promise<boolean> {
    const ms = ttlMillis('ttlSeconds', ttlSeconds);
    const entry = this.live(key);
    if (!entry?.lock || entry.value !== token) return false;
    entry.expiresAt = this.now() + ms;
    return true;
  }

  async ping(): Promise<void> {
    this.checkOpen();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.entries.clear();
  }

  private checkOpen(): void {
    if (this.closed) throw new UnavailableError('the cache is closed');
  }

  private checked(key: string): string {
    this.checkOpen();
    return checkCacheKey(key);
  }

  /** the entry when present and not expired, moved to the most recently used end */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(this.checked(key));
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry;
  }

  private store(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.evictOne();
  }

  private evictOne(): void {
    const now = this.now();
    let fallback: string | undefined;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now || !entry.lock) {
        this.entries.delete(key);
        return;
      }
      fallback ??= key;
    }
    // every entry is a held lock: the oldest one goes, as Redis' allkeys-lru would
    if (fallback !== undefined) this.entries.delete(fallback);
  }
}
