// The contract of the cache port: every adapter's test file calls describeCacheContract with a function
// that opens a cache on the same underlying data each time (same server, same key prefix). Lifetimes are
// real: the expiry cases wait past a 1 s TTL. Every key of a run is under a random namespace.
// With `shared` (a server the cache talks to, not memory of its own) two opened caches see one another's
// values and locks, and a close and reopen keeps what was set.

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Cache } from '../../ports/cache.port.js';
import { useStore } from './store-lifecycle.js';

export interface CacheContractOptions {
  /** per-test timeout for slow backends (default: vitest's) */
  timeoutMs?: number;
  /** caches opened by `open` share their data (true for a server; false for in-process memory) */
  shared: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeCacheContract(name: string, open: () => Promise<Cache>, opts: CacheContractOptions): void {
  describe(`cache contract: ${name}`, { timeout: opts.timeoutMs }, () => {
    const ns = `contract:${randomUUID().slice(0, 8)}`;
    const { store: cache, reopen } = useStore('cache', open);
    let n = 0;
    const key = (what: string) => `${ns}:${what}:${++n}`;

    it('sets, gets, replaces and deletes values', async () => {
      const k = key('value');
      expect(await cache().get(k)).toBeUndefined();
      await cache().set(k, '{"score":0.87}', 60);
      expect(await cache().get(k)).toBe('{"score":0.87}');
      await cache().set(k, 'second', 60);
      expect(await cache().get(k)).toBe('second');
      await cache().set(key('other'), 'other', 60);
      await cache().delete(k);
      expect(await cache().get(k)).toBeUndefined();
      await expect(cache().delete(k)).resolves.toBeUndefined(); // absent: no error
      await cache().set(k, '', 60);
      expect(await cache().get(k)).toBe(''); // an empty value is a value, not an absence
    });

    it('forgets a value after its TTL, and a later set gives it a new lifetime', async () => {
      const [short, renewed] = [key('ttl'), key('renewed')];
      await cache().set(short, 'gone soon', 1);
      await cache().set(renewed, 'first', 1);
      await cache().set(renewed, 'second', 60);
      expect(await cache().get(short)).toBe('gone soon');
      await sleep(1500);
      expect(await cache().get(short)).toBeUndefined();
      expect(await cache().get(renewed)).toBe('second');
    });

    it('counts in a window that the first increment opens and later ones do not extend', async () => {
      const k = key('counter');
      expect(await cache().increment(k, 2)).toBe(1);
      expect(await cache().increment(k, 2)).toBe(2);
      expect(await cache().get(k)).toBe('2');
      await sleep(1000);
      expect(await cache().increment(k, 2)).toBe(3); // inside the window still
      await sleep(1300); // 2.3 s after the first increment: the window has closed
      expect(await cache().get(k)).toBeUndefined();
      expect(await cache().increment(k, 2)).toBe(1);
      expect(await cache().increment(key('other-counter'), 2)).toBe(1);
    });

    it('counts parallel increments exactly: each count handed out once', async () => {
      const k = key('parallel');
      const counts = await Promise.all(Array.from({ length: 50 }, () => cache().increment(k, 60)));
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    });

    it('refuses to count a key that holds text', async () => {
      const k = key('text');
      await cache().set(k, 'not a number', 60);
      await expect(cache().increment(k, 60)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      expect(await cache().get(k)).toBe('not a number');
    });

    it('refuses lifetimes that are not a positive number of seconds, and empty keys', async () => {
      for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await expect(cache().set(key('bad'), 'x', ttl)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
        await expect(cache().increment(key('bad'), ttl)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
        await expect(cache().acquireLock(key('bad'), ttl)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      }
      await expect(cache().get('')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });

    it('holds a lock for one holder; a wrong token does not release it, the right one does', async () => {
      const k = key('lock');
      const token = await cache().acquireLock(k, 30);
      expect(token).toEqual(expect.any(String));
      expect(await cache().acquireLock(k, 30)).toBeUndefined();
      await cache().releaseLock(k, 'not-the-token');
      expect(await cache().acquireLock(k, 30)).toBeUndefined();
      await cache().releaseLock(k, token as string);
      const again = await cache().acquireLock(k, 30);
      expect(again).toEqual(expect.any(String));
      expect(again).not.toBe(token);
      await cache().releaseLock(k, again as string);
      await expect(cache().releaseLock(k, again as string)).resolves.toBeUndefined(); // released twice: no error
    });

    it('frees a lock when it expires, and the late holder cannot release the next one', async () => {
      const k = key('lock-expiry');
      const first = await cache().acquireLock(k, 1);
      expect(first).toBeDefined();
      await sleep(1500);
      const second = await cache().acquireLock(k, 30);
      expect(second).toBeDefined();
      await cache().releaseLock(k, first as string); // the first holder wakes up late
      expect(await cache().acquireLock(k, 30)).toBeUndefined();
      await cache().releaseLock(k, second as string);
    });

    it('renews a lock only for the token holding it: past its first expiry, not after it lapsed', async () => {
      const k = key('lock-renew');
      const token = (await cache().acquireLock(k, 1)) as string;
      await sleep(600);
      expect(await cache().renewLock(k, token, 2)).toBe(true);
      expect(await cache().renewLock(k, 'not-the-token', 30)).toBe(false);
      await sleep(700); // past the first second: held by the renewal
      expect(await cache().acquireLock(k, 30)).toBeUndefined();
      await sleep(1600); // past the renewal: free, and the old token renews nothing
      expect(await cache().renewLock(k, token, 30)).toBe(false);
      const next = await cache().acquireLock(k, 30);
      expect(next).toBeDefined();
      await cache().releaseLock(k, next as string);
    });

    it('gives a lock to exactly one of many parallel acquirers', async () => {
      const k = key('race');
      const tokens = await Promise.all(Array.from({ length: 25 }, () => cache().acquireLock(k, 30)));
      expect(tokens.filter((t) => t !== undefined)).toHaveLength(1);
    });

    if (opts.shared) {
      it('shares values, counters and locks between two opened caches', async () => {
        const other = await open();
        try {
          const [v, c, l] = [key('shared-value'), key('shared-counter'), key('shared-lock')];
          await cache().set(v, 'from the first', 60);
          expect(await other.get(v)).toBe('from the first');
          expect(await cache().increment(c, 60)).toBe(1);
          expect(await other.increment(c, 60)).toBe(2);
          const token = await cache().acquireLock(l, 30);
          expect(await other.acquireLock(l, 30)).toBeUndefined();
          await other.releaseLock(l, token as string); // whoever holds the token may release
          expect(await other.acquireLock(l, 30)).toBeDefined();

          const race = key('shared-race');
          const tokens = await Promise.all(
            Array.from({ length: 20 }, (_, i) => (i % 2 ? other : cache()).acquireLock(race, 30)),
          );
          expect(tokens.filter((t) => t !== undefined)).toHaveLength(1);
        } finally {
          await other.close();
        }
      });

      it('keeps values across a close and a reopen', async () => {
        const k = key('restart');
        await cache().set(k, 'still here', 60);
        await reopen();
        expect(await cache().get(k)).toBe('still here');
      });
    }

    it('refuses calls once closed', async () => {
      const other = await open();
      await other.close();
      await expect(other.ping()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      await expect(other.get(key('closed'))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      await expect(other.set(key('closed'), 'x', 60)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    });
  });
}
