import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@freeface/observability';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventBusContract } from '../testing/contract/event-bus.contract.js';
import { LocalEventBus } from './local.event-bus.js';

const logger = createLogger({ name: 'events-test', level: 'silent' });
const dir = await mkdtemp(join(tmpdir(), 'freeface-events-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const file = join(dir, 'events.db');
const open = async () =>
  new LocalEventBus({ file, logger, retentionMs: 3_600_000, redelivery: { firstMs: 10, mostMs: 50 } });

describe('LocalEventBus', () => {
  eventBusContract('embedded', { open, patienceMs: 5000, cleanUp: async () => {} });

  it('keeps a message until every group reading it has handled it; drops what is older than the retention', async () => {
    const bus = await open();
    const topic = { name: 'retention', schema: z.object({ n: z.number() }) };
    await bus.createTopics([{ name: topic.name, partitions: 1 }]);
    const seen: number[] = [];
    const sub = await bus.subscribe({
      group: 'slow',
      topics: [topic],
      handler: async ({ message }) => void seen.push(message.n),
    });
    await bus.publish(topic, 'k', { n: 1 });
    await expect.poll(() => seen).toEqual([1]);
    await sub.close();
    await bus.close();
    // a short retention removes what no group has read yet too
    const pruning = new LocalEventBus({ file, logger, retentionMs: 1, pruneEveryMs: 60_000 });
    await pruning.publish(topic, 'k', { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    (pruning as unknown as { prune(): void }).prune();
    const later: number[] = [];
    const again = await pruning.subscribe({
      group: 'slow',
      topics: [topic],
      handler: async ({ message }) => void later.push(message.n),
    });
    await pruning.publish(topic, 'k', { n: 3 });
    await expect.poll(() => later).toEqual([3]);
    await again.close();
    await pruning.close();
  });
});
