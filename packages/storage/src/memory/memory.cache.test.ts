import { describe, expect, it } from 'vitest';
import { describeCacheContract } from '../testing/contract/cache.contract.js';
import { createMemoryCache } from './memory.cache.js';

describeCacheContract('in-memory LRU', async () => createMemoryCache({ maxEntries: 10_000 }), { shared: false });

describe('in-memory LRU: eviction and clock', () => {
  it('drops the least recently used entry past maxEntries; a read counts as a use', async () => {
    const cache = createMemoryCache({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) await cache.set(k, k, 60);
    expect(await cache.get('a')).toBe('a'); // a is now the most recent; b the least
    await cache.set('d', 'd', 60);
    expect(await cache.get('b')).toBeUndefined();
    expect([await cache.get('a'), await cache.get('c'), await cache.get('d')]).toEqual(['a', 'c', 'd']);
  });

  it('passes over held locks when it evicts, so a full cache never lets a second holder in', async () => {
    const cache = createMemoryCache({ maxEntries: 3 });
    const token = await cache.acquireLock('lock', 60);
    expect(token).toBeDefined();
    for (let i = 0; i < 10; i++) await cache.set(`v${i}`, 'x', 60);
    expect(await cache.acquireLock('lock', 60)).toBeUndefined();
    expect(await cache.get('v9')).toBe('x');
    expect(await cache.get('v6')).toBeUndefined();
  });

  it('expires by its clock: values, counter windows and locks', async () => {
    let now = 1_000;
    const cache = createMemoryCache({ now: () => now });
    await cache.set('v', 'x', 0.5);
    expect(await cache.increment('c', 10)).toBe(1);
    const token = await cache.acquireLock('l', 5);
    now += 499;
    expect(await cache.get('v')).toBe('x');
    now += 1;
    expect(await cache.get('v')).toBeUndefined();
    now += 4_500; // 5 s on: the lock has expired, the counter window (10 s) has not
    expect(await cache.increment('c', 10)).toBe(2);
    const next = await cache.acquireLock('l', 5);
    expect(next).toBeDefined();
    expect(next).not.toBe(token);
    now += 5_000;
    expect(await cache.increment('c', 10)).toBe(1);
  });

  it('starts empty: a new cache remembers nothing of another', async () => {
    const first = createMemoryCache();
    await first.set('k', 'v', 60);
    expect(await createMemoryCache().get('k')).toBeUndefined();
  });

  it('refuses a maxEntries that is not a positive integer', () => {
    expect(() => createMemoryCache({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => createMemoryCache({ maxEntries: 1.5 })).toThrow(RangeError);
  });
});
