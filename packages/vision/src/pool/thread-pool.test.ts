import { FreeFaceError } from '@freeface/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestThreadMessage } from '../testing/test-thread.worker.js';
import { ImageError } from '../vision-errors.js';
import { ThreadPool } from './thread-pool.js';

const script = new URL('../testing/test-thread.worker.ts', import.meta.url);
const pools: ThreadPool[] = [];
const started = async (size: number, onCrash?: (reason: string) => void) => {
  const pool = new ThreadPool({
    script,
    size,
    name: 'test',
    ...(onCrash ? { onCrash: ({ reason }: { reason: string }) => onCrash(reason) } : {}),
  });
  pools.push(pool);
  await pool.start();
  return pool;
};
const run = <T>(pool: ThreadPool, message: TestThreadMessage, transfer: ArrayBuffer[] = []) =>
  pool.run<T>(message, transfer);

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('ThreadPool', () => {
  it('answers on worker threads, moving the buffers it is given', async () => {
    const pool = await started(2);
    expect(pool.size).toBe(2);
    const bytes = new Uint8Array([1, 2, 3, 250]).buffer;
    const sums = run<number>(pool, { do: 'sum', bytes }, [bytes]);
    expect(bytes.byteLength).toBe(0); // detached here: it moved to the worker
    expect(await sums).toBe(256);
    const values = await Promise.all(
      Array.from({ length: 6 }, (_, i) => run(pool, { do: 'echo', value: { i, nested: [i] } })),
    );
    expect(values).toEqual(Array.from({ length: 6 }, (_, i) => ({ i, nested: [i] })));
  });

  it('gives back the error a worker threw as its class and code, and keeps serving', async () => {
    const pool = await started(1);
    const failed = run(pool, { do: 'fail' });
    await expect(failed).rejects.toBeInstanceOf(ImageError);
    await expect(failed).rejects.toMatchObject({ code: 'IMAGE_UNREADABLE', message: 'the test image is unreadable' });
    expect(await run(pool, { do: 'echo', value: 'still here' })).toBe('still here');
  });

  it('replaces a worker that dies: its task fails with a clear error, the others and later ones are answered', async () => {
    const crashes: string[] = [];
    const pool = await started(2, (reason) => crashes.push(reason));
    const held = run(pool, { do: 'hold', ms: 200, value: 'held' });
    const died = run(pool, { do: 'die' });
    await expect(died).rejects.toBeInstanceOf(FreeFaceError);
    await expect(died).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/stopped \(exit code 3\).*replaced/),
    });
    expect(await held).toBe('held');
    expect(crashes).toEqual(['exit code 3']);
    const after = await Promise.all([1, 2, 3, 4].map((value) => run(pool, { do: 'echo', value })));
    expect(after).toEqual([1, 2, 3, 4]);
    await vi.waitFor(() => expect(pool.size).toBe(2)); // the replacement, once it has started
  });

  it('queues tasks past its workers first come first served', async () => {
    const pool = await started(1);
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3].map((value) => run<number>(pool, { do: 'hold', ms: 5, value }).then((v) => order.push(v))),
    );
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('terminates its workers on close: tasks running or waiting fail, later ones are refused', async () => {
    const pool = await started(1);
    const outcome = (task: Promise<unknown>) =>
      task.then(
        () => 'answered',
        (error: unknown) => error,
      );
    const running = outcome(run(pool, { do: 'hold', ms: 60_000, value: 'never' }));
    const waiting = outcome(run(pool, { do: 'echo', value: 'never' }));
    await pool.close();
    expect(await running).toMatchObject({ code: 'UNAVAILABLE' });
    expect(await waiting).toMatchObject({ code: 'UNAVAILABLE' });
    await expect(run(pool, { do: 'echo', value: 1 })).rejects.toThrow(/shut down/);
    expect(pool.size).toBe(0);
  });

  it('terminates workers still starting when closed', async () => {
    const pool = new ThreadPool({ script, size: 2, name: 'test' });
    const starting = pool.start().then(
      () => 'started',
      (error: unknown) => error,
    );
    await pool.close();
    await starting;
    expect(pool.size).toBe(0);
    await expect(pool.run({ do: 'echo', value: 1 })).rejects.toThrow(/shut down/);
  });

  it('fails to start when a worker cannot start, naming why', async () => {
    const pool = new ThreadPool({ script: new URL('./no-such-worker.ts', import.meta.url), size: 1, name: 'test' });
    pools.push(pool);
    await expect(pool.start()).rejects.toThrow(/test worker thread did not start/);
  });
});
