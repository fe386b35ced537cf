import { randomUUID } from 'node:crypto';
import { requireBackend } from '@freeface/testing';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';

const { up, config } = await requireBackend('redis');

describe.skipIf(!up)('redis smoke', () => {
  it('sets a key with a TTL, reads it back, deletes it', async () => {
    const key = `freeface:smoke:${randomUUID()}`;
    const value = JSON.stringify({ trackId: key.slice(-8), score: 0.87 });
    // Fail fast instead of queueing commands forever if the server goes away.
    const redis = new Redis(config.redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    await redis.connect();
    try {
      expect(await redis.set(key, value, 'EX', 60)).toBe('OK');
      expect(await redis.get(key)).toBe(value);
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);

      expect(await redis.del(key)).toBe(1);
      expect(await redis.get(key)).toBeNull();
      expect(await redis.ttl(key)).toBe(-2); // -2: the key does not exist
    } finally {
      await redis.del(key).catch(() => {});
      redis.disconnect();
    }
  });
});
