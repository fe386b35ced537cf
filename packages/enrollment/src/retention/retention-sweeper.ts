// Retention: what may be kept only so long is deleted once it is older. A sweep removes each person's
// appearances older than their retention (the person's retention_days, else the setting), the images of
// failed async jobs past their retention (unless a face uses them), and whatever further tasks are
// registered (recognition evidence, where its store is present). One replica sweeps at a time: the sweep
// runs under a lock in the cache (DragonflyDB/Redis in the cluster profile), and a replica that finds it
// taken skips its turn. Every step is idempotent, so a sweep cut short is finished by the next.
import type { Logger, Metrics } from '@freeface/observability';
import type { Cache, MetadataStore } from '@freeface/storage';
import type { ImageService } from '../image.service.js';
import type { Locks } from '../locks.js';

const DAY_MS = 86_400_000;
const PAGE = 500;
export const SWEEP_LOCK = 'retention:sweep';

export interface RetentionSettings {
  /** settings retention.appearanceDays (0: for ever) */
  readonly appearanceDays: number;
  /** settings retention.failedJobImageDays (0: removed as the job fails; the sweep removes any left) */
  readonly failedJobImageDays: number;
}

/** A further kind of data with a lifetime: removes what is older than its retention, answers how many. */
export interface RetentionTask {
  readonly kind: string;
  sweep(now: Date): Promise<number>;
}

export interface RetentionSweeperDeps {
  readonly metadata: MetadataStore;
  readonly cache: Cache;
  readonly images: ImageService;
  readonly locks: Locks;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly settings: RetentionSettings;
  /** the clock (tests control it) */
  readonly now?: () => Date;
  readonly tasks?: readonly RetentionTask[];
  /** how long the sweep lock outlives a replica that died sweeping */
  readonly lockSeconds?: number;
}

/** What a sweep removed, by kind: appearances, failed_job_images and the tasks' kinds. */
export type SweepReport = Record<string, number>;

export class RetentionSweeper {
  private readonly removed;
  private readonly now: () => Date;

  constructor(private readonly deps: RetentionSweeperDeps) {
    this.now = deps.now ?? (() => new Date());
    this.removed = deps.metrics.counter('retention_removed_total', 'records the retention sweeper deleted', ['kind']);
  }

  /** One sweep; undefined when another replica is sweeping. */
  async sweepOnce(): Promise<SweepReport | undefined> {
    const { cache, logger } = this.deps;
    const token = await cache.acquireLock(SWEEP_LOCK, this.deps.lockSeconds ?? 600);
    if (token === undefined) return undefined;
    try {
      const now = this.now();
      const report: SweepReport = {
        appearances: await this.sweepAppearances(now),
        failed_job_images: await this.sweepFailedJobImages(now),
      };
      for (const task of this.deps.tasks ?? []) report[task.kind] = await task.sweep(now);
      for (const [kind, count] of Object.entries(report)) if (count > 0) this.removed.inc({ kind }, count);
      logger.info({ removed: report }, 'retention sweep done');
      return report;
    } finally {
      await cache.releaseLock(SWEEP_LOCK, token);
    }
  }

  /** Sweeps every intervalMs until stopped; a failed sweep is logged and the next one tries again. */
  start(intervalMs: number): { stop(): Promise<void> } {
    let running: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      running = this.sweepOnce().catch((error) => this.deps.logger.warn({ err: error }, 'retention sweep failed'));
    }, intervalMs);
    timer.unref();
    return {
      stop: async () => {
        clearInterval(timer);
        await running;
      },
    };
  }

  private async sweepAppearances(now: Date): Promise<number> {
    const { metadata, settings } = this.deps;
    let removed = 0;
    let pageToken: string | undefined;
    do {
      const page = await metadata.persons.list({ limit: PAGE, ...(pageToken ? { pageToken } : {}) });
      for (const person of page.items) {
        const days = person.retentionDays ?? settings.appearanceDays;
        if (days > 0)
          removed += await metadata.appearances.deleteBefore(person.id, new Date(now.getTime() - days * DAY_MS));
      }
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return removed;
  }

  private async sweepFailedJobImages(now: Date): Promise<number> {
    const { metadata, images, locks, settings } = this.deps;
    const before = new Date(now.getTime() - settings.failedJobImageDays * DAY_MS);
    let removed = 0;
    for (;;) {
      const due = await metadata.jobs.listFailedImages(before, PAGE);
      for (const entry of due) {
        if (await locks.with(`image:${entry.imageId}`, () => images.removeBytesIfUnreferenced(entry.imageId)))
          removed++;
        await metadata.jobs.forgetFailedImage(entry);
      }
      if (due.length < PAGE) return removed;
    }
  }
}
