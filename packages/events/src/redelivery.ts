import { setTimeout as sleep } from 'node:timers/promises';

/** Pauses between deliveries of a message whose handler rejected: doubling from first to most. */
export interface RedeliveryPolicy {
  readonly firstMs: number;
  readonly mostMs: number;
}

export const DEFAULT_REDELIVERY: RedeliveryPolicy = { firstMs: 100, mostMs: 5000 };

/** Thrown out of a handler loop that was asked to stop: the message is left uncommitted, for the next consumer. */
export class HandedBack extends Error {
  constructor() {
    super('stopping: the message is left for the next consumer of the group');
  }
}

/**
 * Runs the handler until it resolves: when it rejects, waits (doubling) and tries again, so later messages of
 * the partition wait behind it. Throws HandedBack when `stopping` turns true between tries.
 */
export async function handleUntilDone(
  handle: () => Promise<void>,
  policy: RedeliveryPolicy,
  stopping: () => boolean,
  onRejected: (error: unknown, attempt: number) => void,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (stopping()) throw new HandedBack();
    try {
      await handle();
      return;
    } catch (error) {
      // the handler itself gives the message back (its process is stopping): no retry, no commit
      if (error instanceof HandedBack) throw error;
      onRejected(error, attempt);
      if (stopping()) throw new HandedBack();
      await sleep(Math.min(policy.mostMs, policy.firstMs * 2 ** (attempt - 1)));
    }
  }
}
