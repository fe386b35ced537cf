// The cache port on DragonflyDB or Redis, through ioredis. Only commands both servers take: SET with PX and
// NX, GET, DEL, PING, and two short Lua scripts that touch only the keys they declare (Dragonfly requires
// that): a counter that sets its window on the first increment, and a compare-and-delete lock release
// and compare-and-expire lock renewal.
// Every key carries the redis.keyPrefix setting (ioredis adds it, to script keys too).
import type { Config } from '@freeface/config';
import { UnavailableError } from '@freeface/domain';
import { Redis } from 'ioredis';
import { checkCacheKey, newLockToken, notACounter, ttlMillis } from '../cache-args.js';
import type { Cache } from '../ports/cache.port.js';

export interface RedisCacheOptions {
  /** put before every key (default: the redis.keyPrefix setting); tests pass one of their own */
  keyPrefix?: string;
  /** how long to wait for the server at open and per reconnect, in ms (default: 5000) */
  connectTimeoutMs?: number;
}

// INCR keeps an existing TTL, so the window is set only when the key has none: on the first increment,
// and on a key some older writer left without one (which would otherwise count for ever).
const INCREMENT_IN_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

const RELEASE_IF_HELD = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const RENEW_IF_HELD = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

interface ScriptedRedis extends Redis {
  freefaceIncrement(key: string, windowMs: number): Promise<number>;
  freefaceRelease(key: string, token: string): Promise<number>;
  freefaceRenew(key: string, token: string, ttlMs: number): Promise<number>;
}

/** Connects and checks the server answers; UnavailableError when it cannot be reached. */
export async function openRedisCache(config: Config, options: RedisCacheOptions = {}): Promise<Cache> {
  const redis = new Redis(config.redis.url, {
    keyPrefix: options.keyPrefix ?? config.redis.keyPrefix,
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    // fail a command after a few reconnect attempts instead of queueing it for ever
    maxRetriesPerRequest: 2,
  }) as ScriptedRedis;
  redis.defineCommand('freefaceIncrement', { lua: INCREMENT_IN_WINDOW, numberOfKeys: 1 });
  redis.defineCommand('freefaceRelease', { lua: RELEASE_IF_HELD, numberOfKeys: 1 });
  redis.defineCommand('freefaceRenew', { lua: RENEW_IF_HELD, numberOfKeys: 1 });
  // ioredis reports connection trouble as events too; the failing command carries it to the caller
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new UnavailableError(`cannot reach the cache at ${redactUrl(config.redis.url)}: ${(error as Error).message}`);
  }
  return new RedisCache(redis);
}

class RedisCache implements Cache {
  private closed = false;

  constructor(private readonly redis: ScriptedRedis) {}

  async get(key: string): Promise<string | undefined> {
    const value = await this.run(key, (k) => this.redis.get(k));
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    const ms = ttlMillis('ttlSeconds', ttlSeconds);
    await this.run(key, (k) => this.redis.set(k, value, 'PX', ms));
  }

  async delete(key: string): Promise<void> {
    await this.run(key, (k) => this.redis.del(k));
  }

  async increment(key: string, windowSeconds: number): Promise<number> {
    const ms = ttlMillis('windowSeconds', windowSeconds);
    return this.run(key, async (k) => {
      try {
        return Number(await this.redis.freefaceIncrement(k, ms));
      } catch (error) {
        if (isReplyError(error) && /not an integer/i.test(error.message)) throw notACounter(k);
        throw error;
      }
    });
  }

  async acquireLock(key: string, ttlSeconds: number): Promise<string | undefined> {
    const ms = ttlMillis('ttlSeconds', ttlSeconds);
    const token = newLockToken();
    const reply = await this.run(key, (k) => this.redis.set(k, token, 'PX', ms, 'NX'));
    return reply === 'OK' ? token : undefined;
  }

  async releaseLock(key: string, token: string): Promise<void> {
    await this.run(key, (k) => this.redis.freefaceRelease(k, String(token)));
  }

  async renewLock(key: string, token: string, ttlSeconds: number): Promise<boolean> {
    const ms = ttlMillis('ttlSeconds', ttlSeconds);
    return Number(await this.run(key, (k) => this.redis.freefaceRenew(k, String(token), ms))) === 1;
  }

  async ping(): Promise<void> {
    this.checkOpen();
    await this.run(undefined, () => this.redis.ping());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private checkOpen(): void {
    if (this.closed) throw new UnavailableError('the cache is closed');
  }

  /** checks the key, runs the command, and turns connection trouble into UnavailableError */
  private async run<T>(key: string | undefined, command: (key: string) => Promise<T>): Promise<T> {
    this.checkOpen();
    const checked = key === undefined ? '' : checkCacheKey(key);
    try {
      return await command(checked);
    } catch (error) {
      if (isReplyError(error) || (error as { code?: unknown }).code === 'INVALID_ARGUMENT') throw error;
      throw new UnavailableError(`the cache did not answer: ${(error as Error).message}`);
    }
  }
}

const isReplyError = (error: unknown): error is Error => (error as Error | undefined)?.name === 'ReplyError';

/** the URL without its password, for messages */
function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
