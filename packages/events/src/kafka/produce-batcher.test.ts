import { describe, expect, it } from 'vitest';
import { type Outgoing, ProduceBatcher } from './produce-batcher.js';

// The batching itself, with a send whose end the test decides (the Kafka adapter runs the event-bus contract
// against the real brokers).

const outgoing = (n: number): Outgoing => ({ topic: n % 2 ? 'odd' : 'even', key: `k${n}`, value: String(n) });
const never = () => new Error('timed out');

/** a send that records each batch and ends when the test says */
function heldSend() {
  const batches: string[][] = [];
  const ends: Array<(error?: Error) => void> = [];
  const send = (messages: readonly Outgoing[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(messages.map((m) => String(m.value)));
      ends.push((error) => (error ? reject(error) : resolve()));
    });
  return { batches, ends, send };
}

describe('ProduceBatcher', () => {
  it('sends a lone message at once, and those that come while it is in flight together in the next batch', async () => {
    const { batches, ends, send } = heldSend();
    const batcher = new ProduceBatcher(send);
    const first = batcher.publish(outgoing(0), 60_000, never);
    expect(batches).toEqual([['0']]);
    const later = [1, 2, 3].map((n) => batcher.publish(outgoing(n), 60_000, never));
    expect(batcher.waiting).toBe(3);
    ends[0]?.();
    await first;
    await Promise.resolve();
    expect(batches).toEqual([['0'], ['1', '2', '3']]);
    ends[1]?.();
    await Promise.all(later);
    expect(batcher.waiting).toBe(0);
  });

  it('caps a batch at its most messages', async () => {
    const { batches, ends, send } = heldSend();
    const batcher = new ProduceBatcher(send, 2);
    const all = [0, 1, 2, 3, 4].map((n) => batcher.publish(outgoing(n), 60_000, never));
    for (let i = 0; i < 3; i++) {
      ends[i]?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(all);
    expect(batches).toEqual([['0'], ['1', '2'], ['3', '4']]);
  });

  it('a failed batch fails each of its publishes, and the next batch goes on', async () => {
    const { batches, ends, send } = heldSend();
    const batcher = new ProduceBatcher(send);
    const first = batcher.publish(outgoing(0), 60_000, never);
    const failing = [1, 2].map((n) => batcher.publish(outgoing(n), 60_000, never));
    ends[0]?.();
    await first;
    await Promise.resolve();
    const after = batcher.publish(outgoing(3), 60_000, never);
    ends[1]?.(new Error('leader moved'));
    expect((await Promise.allSettled(failing)).map((o) => o.status)).toEqual(['rejected', 'rejected']);
    await new Promise((resolve) => setImmediate(resolve));
    ends[2]?.();
    await after;
    expect(batches).toEqual([['0'], ['1', '2'], ['3']]);
  });

  it('a message that times out while it waits is never sent', async () => {
    const { batches, ends, send } = heldSend();
    const batcher = new ProduceBatcher(send);
    const first = batcher.publish(outgoing(0), 60_000, never);
    await expect(batcher.publish(outgoing(1), 1, never)).rejects.toThrow('timed out');
    const kept = batcher.publish(outgoing(2), 60_000, never);
    ends[0]?.();
    await first;
    await Promise.resolve();
    expect(batches).toEqual([['0'], ['2']]);
    ends[1]?.();
    await kept;
  });
});
