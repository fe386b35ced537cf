import { setTimeout as sleep } from 'node:timers/promises';
import { UnavailableError } from '@freeface/domain';
import type { Cache } from '@freeface/storage';

export interface LockOptions {
  /** how long a lock holds when its holder dies without releasing it */
  readonly ttlSeconds: number;
  /** how long to wait for a lock someone else holds before giving up */
  readonly waitMs: number;
  readonly retryMs: number;
}

const DEFAULTS: LockOptions = { ttlSeconds: 60, waitMs: 15_000, retryMs: 15 };

/**
 * Named locks in the cache port (in-process in the embedded profile, DragonflyDB/Redis in the cluster), so
 * that the writes of one image (storing it, adding faces, removing it when unused) never interleave across
 * requests or processes.
 */
export class Locks {
  private readonly options: LockOptions;

  constructor(
    private readonly cache: Cache,
    options: Partial<LockOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  async with<T>(key: string, work: () => Promise<T>): Promise<T> {
    const name = `lock:${key}`;
    const deadline = Date.now() + this.options.waitMs;
    let token = await this.cache.acquireLock(name, this.options.ttlSeconds);
    while (token === undefined) {
      if (Date.now() > deadline) throw new UnavailableError(`${key} is busy; try again shortly`, { key });
      await sleep(this.options.retryMs);
      token = await this.cache.acquireLock(name, this.options.ttlSeconds);
    }
    try {
      return await work();
    } finally {
      await this.cache.releaseLock(name, token);
    }
  }
}
