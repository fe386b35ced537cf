import type { Priority } from '@freeface/domain';

export const PRIORITY_ORDER: readonly Priority[] = ['critical', 'high', 'normal', 'low'];

/** "8,4,2,1" (settings enroll.priorityWeights) as weights by priority; a weight of 0 counts as 1. */
export function parseWeights(text: string): Record<Priority, number> {
  const values = text.split(',').map((v) => Math.max(1, Number.parseInt(v, 10) || 1));
  return Object.fromEntries(PRIORITY_ORDER.map((p, i) => [p, values[i] ?? 1])) as Record<Priority, number>;
}

/**
 * The work waiting, by priority, taken in smooth weighted round robin: while every priority has work, of
 * each 8+4+2+1 items taken 8 are critical and 1 is low (with the default weights), interleaved; a priority
 * with nothing waiting gives its turn away. So higher priorities go first and none starves. First come,
 * first served within a priority.
 */
export class PriorityScheduler<T> {
  readonly #queues = new Map<Priority, T[]>(PRIORITY_ORDER.map((p) => [p, []]));
  readonly #current = new Map<Priority, number>(PRIORITY_ORDER.map((p) => [p, 0]));
  #takers: Array<() => void> = [];
  #closed = false;

  constructor(private readonly weights: Record<Priority, number>) {}

  get size(): number {
    let n = 0;
    for (const q of this.#queues.values()) n += q.length;
    return n;
  }

  /** the items waiting at one priority */
  sizeOf(priority: Priority): number {
    return this.#queues.get(priority)?.length ?? 0;
  }

  /** false once closed: the caller hands the item back */
  push(item: T, priority: Priority): boolean {
    if (this.#closed) return false;
    this.#queues.get(priority)?.push(item);
    this.#takers.shift()?.();
    return true;
  }

  /** Up to `most` items (at least one), waiting for the first; [] once closed. */
  async take(most: number): Promise<T[]> {
    while (this.size === 0) {
      if (this.#closed) return [];
      await new Promise<void>((resolve) => this.#takers.push(resolve));
    }
    const taken: T[] = [];
    while (taken.length < most && this.size > 0) taken.push(this.#next());
    return taken;
  }

  /** Takes no more work: wakes the waiting takers and answers what was still waiting (to be handed back). */
  close(): T[] {
    this.#closed = true;
    for (const wake of this.#takers.splice(0)) wake();
    return PRIORITY_ORDER.flatMap((p) => this.#queues.get(p)?.splice(0) ?? []);
  }

  #next(): T {
    const waiting = PRIORITY_ORDER.filter((p) => (this.#queues.get(p)?.length ?? 0) > 0);
    let total = 0;
    let best = waiting[0] as Priority;
    for (const p of waiting) {
      const credit = (this.#current.get(p) ?? 0) + this.weights[p];
      this.#current.set(p, credit);
      total += this.weights[p];
      if (credit > (this.#current.get(best) ?? 0)) best = p;
    }
    this.#current.set(best, (this.#current.get(best) ?? 0) - total);
    return this.#queues.get(best)?.shift() as T;
  }
}
