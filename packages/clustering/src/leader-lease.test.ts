import { createLogger } from '@freeface/observability';
import { createMemoryCache } from '@freeface/storage';
import { describe, expect, it } from 'vitest';
import { acquireLease } from './leader-lease.js';

const logger = createLogger({ name: 'lease-test', level: 'silent' });

describe('acquireLease', () => {
  it('gives the lease to one instance; the other stands by until it is released', async () => {
    const cache = await createMemoryCache({ maxEntries: 10 });
    const options = { cache, key: 'leader', ttlSeconds: 0.3, logger, retryMs: 20 };
    const first = await acquireLease(options);
    let secondHolds = false;
    const second = acquireLease(options).then((lease) => {
      secondHolds = true;
      return lease;
    });
    // renewed past several lifetimes: the standby keeps waiting
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(secondHolds).toBe(false);
    await first.release();
    const lease = await second;
    expect(secondHolds).toBe(true);
    await lease.release();
    await cache.close();
  });

  it('says when the lease slipped away, and stops waiting when aborted', async () => {
    const cache = await createMemoryCache({ maxEntries: 10 });
    const lease = await acquireLease({ cache, key: 'leader', ttlSeconds: 0.3, logger });
    // someone else took it (as after a pause longer than the lifetime)
    await cache.delete('leader');
    const thief = await cache.acquireLock('leader', 30);
    expect(thief).toBeDefined();
    await expect(Promise.race([lease.lost.then(() => 'lost'), new Promise((r) => setTimeout(r, 1000))])).resolves.toBe(
      'lost',
    );
    const abort = new AbortController();
    const waiting = acquireLease({ cache, key: 'leader', ttlSeconds: 0.3, logger, retryMs: 20 }, abort.signal);
    abort.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow();
    await cache.close();
  });
});
