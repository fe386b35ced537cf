import { OverloadedError } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { imageWorkLimits, WorkLimiter } from './work-limiter.js';

/** A task that ends when the test says so. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, task: () => opened.then(() => 'done') };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('WorkLimiter', () => {
  it('runs at most maxConcurrent tasks, queues maxQueued more first come first served, refuses the rest', async () => {
    const limiter = new WorkLimiter({ maxConcurrent: 2, maxQueued: 1 });
    const gates = [gate(), gate(), gate()];
    const order: number[] = [];
    const runs = gates.map((g, i) => limiter.run(() => g.task().then(() => order.push(i))));
    await settle();
    expect([limiter.running, limiter.waiting]).toEqual([2, 1]);

    const refused = limiter.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(OverloadedError);
    await expect(refused).rejects.toMatchObject({ code: 'OVERLOADED', details: { retryAfterSeconds: 2 } });

    gates[1]?.open();
    await settle();
    expect([limiter.running, limiter.waiting]).toEqual([2, 0]); // the slot went to the one that waited
    gates[2]?.open();
    gates[0]?.open();
    await Promise.all(runs);
    expect(order).toEqual([1, 2, 0]);
    expect([limiter.running, limiter.waiting]).toEqual([0, 0]);
  });

  it('lets a caller that waits queue past maxQueued, and frees the slot of a task that fails', async () => {
    const limiter = new WorkLimiter({ maxConcurrent: 1, maxQueued: 0 });
    const first = gate();
    const running = limiter.run(first.task);
    await expect(limiter.run(async () => 1)).rejects.toBeInstanceOf(OverloadedError);
    const waited = limiter.run(() => Promise.reject(new Error('broken image')), { wait: true });
    const after = limiter.run(async () => 'after', { wait: true });
    await settle();
    expect(limiter.waiting).toBe(2);
    first.open();
    expect(await running).toBe('done');
    await expect(waited).rejects.toThrow('broken image');
    expect(await after).toBe('after');
    expect([limiter.running, limiter.waiting]).toEqual([0, 0]);
  });

  it('gives a freed slot to interactive tasks before background ones, each first come first served', async () => {
    const limiter = new WorkLimiter({ maxConcurrent: 1, maxQueued: 2 });
    const first = gate();
    const order: string[] = [];
    const run = (name: string, wait: boolean) =>
      limiter.run(
        async () => {
          order.push(name);
        },
        { wait },
      );
    const runs = [limiter.run(first.task), run('background 1', true), run('background 2', true)];
    runs.push(run('interactive 1', false), run('background 3', true), run('interactive 2', false));
    await settle();
    expect(limiter.waiting).toBe(5);
    // background tasks waiting do not count against maxQueued: interactive ones do
    await expect(limiter.run(async () => 'refused')).rejects.toBeInstanceOf(OverloadedError);
    first.open();
    await Promise.all(runs);
    expect(order).toEqual(['interactive 1', 'interactive 2', 'background 1', 'background 2', 'background 3']);
  });

  it('takes its limits from the settings, sizing 0 by the machine', () => {
    expect(imageWorkLimits({ maxConcurrent: 3, maxQueued: 7 })).toEqual({ maxConcurrent: 3, maxQueued: 7 });
    expect(imageWorkLimits({ maxConcurrent: 0, maxQueued: 7 }).maxConcurrent).toBeGreaterThanOrEqual(1);
  });
});
