import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@freeface/observability';
import type { Cache } from '@freeface/storage';

// face-cluster keeps the clusters in memory and must be their only writer. A second instance (a rolling
// update, a scaled Deployment) waits as a standby, not ready, until the lease is free: a lock in the cache
// (DragonflyDB/Redis), renewed a few times per lifetime while the holder works.

export interface LeaseOptions {
  readonly cache: Cache;
  readonly key: string;
  /** how long the lease outlives its holder (a dead holder is replaced after at most this) */
  readonly ttlSeconds: number;
  readonly logger: Logger;
  /** how often a standby tries (default: a third of the lifetime) */
  readonly retryMs?: number;
}

export interface Lease {
  /** resolves when the lease slipped away (not renewed in time): the holder must stop working at once */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

/** Waits until this process holds the lease, then keeps it renewed. Throws the signal's reason when aborted. */
export async function acquireLease(options: LeaseOptions, signal?: AbortSignal): Promise<Lease> {
  const { cache, key, ttlSeconds, logger } = options;
  const periodMs = (ttlSeconds * 1000) / 3;
  let token = await cache.acquireLock(key, ttlSeconds);
  if (token === undefined) logger.info({ key }, 'another instance holds the lease: standing by');
  while (token === undefined) {
    await sleep(options.retryMs ?? periodMs, undefined, signal ? { signal } : {});
    token = await cache.acquireLock(key, ttlSeconds);
  }
  const held = token;
  logger.info({ key }, 'holding the lease');
  let renewedAt = Date.now();
  let markLost: () => void = () => {};
  const lost = new Promise<void>((resolve) => {
    markLost = resolve;
  });
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  const timer = setInterval(async () => {
    try {
      if (await cache.renewLock(key, held, ttlSeconds)) renewedAt = Date.now();
      else if (!stopped) {
        stop();
        logger.error({ key }, 'the lease is held by another instance now');
        markLost();
      }
    } catch (error) {
      // the cache may come back before the lease lapses
      if (!stopped && Date.now() - renewedAt >= ttlSeconds * 1000) {
        stop();
        logger.error({ err: error, key }, 'could not renew the lease before it lapsed');
        markLost();
      } else logger.warn({ err: error, key }, 'renewing the lease failed; trying again');
    }
  }, periodMs);
  timer.unref();
  return {
    lost,
    async release() {
      if (stopped) return;
      stop();
      await cache.releaseLock(key, held);
    },
  };
}
