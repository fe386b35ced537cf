import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '@freeface/observability';
import { describe, expect, it } from 'vitest';
import { InProcessEnrollQueue } from './enroll-queue.js';

const logger = createLogger({ name: 'queue-test', level: 'silent' });

describe('InProcessEnrollQueue', () => {
  it('runs at most `concurrency` jobs at once, higher priorities first', async () => {
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const queue = new InProcessEnrollQueue(
      async (id) => {
        started.push(id);
        running++;
        most = Math.max(most, running);
        await sleep(10);
        running--;
      },
      2,
      logger,
    );
    queue.submit('n1', 'normal');
    queue.submit('n2', 'normal'); // these two start at once
    queue.submit('l1', 'low');
    queue.submit('n3', 'normal');
    queue.submit('c1', 'critical');
    queue.submit('h1', 'high');
    await queue.idle();
    expect(most).toBe(2);
    expect(started).toEqual(['n1', 'n2', 'c1', 'h1', 'n3', 'l1']);
  });

  it('keeps going after a job throws', async () => {
    const done: string[] = [];
    const queue = new InProcessEnrollQueue(
      async (id) => {
        if (id === 'bad') throw new Error('boom');
        done.push(id);
      },
      1,
      logger,
    );
    queue.submit('bad', 'normal');
    queue.submit('good', 'normal');
    await queue.idle();
    expect(done).toEqual(['good']);
  });

  it('on close, finishes the running jobs, drops the waiting ones and refuses new ones', async () => {
    const done: string[] = [];
    const queue = new InProcessEnrollQueue(
      async (id) => {
        await sleep(20);
        done.push(id);
      },
      1,
      logger,
    );
    queue.submit('a', 'normal');
    queue.submit('b', 'normal');
    await queue.close();
    expect(done).toEqual(['a']);
    expect(() => queue.submit('c', 'normal')).toThrow(/shutting down/);
  });
});
