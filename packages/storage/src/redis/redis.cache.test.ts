import { randomBytes } from 'node:crypto';
import { requireBackend } from '@freeface/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCacheContract } from '../testing/contract/cache.contract.js';
import { openRedisCache } from './redis.cache.js';

// The cache contract against a real Redis or DragonflyDB (`bash scripts/backends.sh up redis`), under a
// key prefix of this run only; every key under it is deleted at the end.

const { up, config } = await requireBackend('redis');
const keyPrefix = `freeface-test:${randomBytes(6).toString('hex')}:`;

/** every key under this run's prefix, read with a client of its own */
async function keysOfThisRun(raw: Redis): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await raw.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

describe.skipIf(!up)('redis cache', () => {
  // connects at its first command
  const raw = new Redis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });

  afterAll(async () => {
    const keys = await keysOfThisRun(raw);
    if (keys.length > 0) await raw.del(...keys);
    expect(await keysOfThisRun(raw)).toEqual([]);
    raw.disconnect();
  });

  describeCacheContract('redis', () => openRedisCache(config, { keyPrefix }), { shared: true });

  it('puts every key under the prefix, with the lifetime asked for', async () => {
    const cache = await openRedisCache(config, { keyPrefix });
    try {
      await cache.set('prefixed', 'v', 60);
      await cache.increment('prefixed-counter', 30);
      expect(await raw.get(`${keyPrefix}prefixed`)).toBe('v');
      expect(await raw.get('prefixed')).toBeNull();
      const ttl = await raw.pttl(`${keyPrefix}prefixed-counter`);
      expect(ttl).toBeGreaterThan(25_000);
      expect(ttl).toBeLessThanOrEqual(30_000);
    } finally {
      await cache.close();
    }
  });

  it('gives a counter left without a lifetime one at its next increment', async () => {
    await raw.set(`${keyPrefix}stale-counter`, '7');
    const cache = await openRedisCache(config, { keyPrefix });
    try {
      expect(await cache.increment('stale-counter', 10)).toBe(8);
      expect(await raw.pttl(`${keyPrefix}stale-counter`)).toBeGreaterThan(0);
    } finally {
      await cache.close();
    }
  });

  it('reports a server that is not there as UNAVAILABLE at open', async () => {
    const nowhere = { ...config, redis: { ...config.redis, url: 'redis://127.0.0.1:1' } };
    await expect(openRedisCache(nowhere, { connectTimeoutMs: 500 })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
