import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { createLogger, Metrics } from '@freeface/observability';
import { describe, expect, it } from 'vitest';
import { openAdapters } from './adapters.js';
import { Shutdown } from './shutdown.js';

describe('openAdapters', () => {
  it('exports the consumer lag of the groups the process consumes in, read from the bus at each scrape', async () => {
    const config = loadConfig({ FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-adapters-')) });
    const logger = createLogger({ name: 'adapters-test', level: 'silent' });
    const metrics = new Metrics('svc');
    const shutdown = new Shutdown(logger);
    const { events } = await openAdapters(config, new Set(['events']), { logger, metrics, shutdown });
    if (!events) throw new Error('the events adapter was asked for');
    const { bus, topics } = events;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const subscription = await bus.subscribe({
      group: 'lag-test',
      topics: [topics.enrollResults],
      handler: () => held,
    });
    const result = (jobId: string) => ({
      kind: 'enroll.result' as const,
      version: 2 as const,
      jobId,
      status: 'completed' as const,
      personId: null,
      imageId: 'image',
      faceIds: [],
      error: null,
      attempts: 1,
      finishedAt: new Date().toISOString(),
    });
    const lag = async () =>
      Number(
        new RegExp(
          `^freeface_events_consumer_lag\\{group="lag-test",topic="${topics.enrollResults.name}",service="svc"\\} (\\d+)$`,
          'm',
        ).exec(await metrics.text())?.[1],
      );
    for (const id of ['a', 'b', 'c']) await bus.publish(topics.enrollResults, id, result(id));
    await expect.poll(lag).toBe(3);
    release();
    await expect.poll(lag).toBe(0);
    await subscription.close();
    await shutdown.run(10_000);
  });
});
