import type { Priority } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { PRIORITY_ORDER, PriorityScheduler, parseWeights } from './priority-scheduler.js';

describe('PriorityScheduler', () => {
  it('serves priorities by weight while all wait, none starving, first come first served within one', async () => {
    const scheduler = new PriorityScheduler<string>(parseWeights('8,4,2,1'));
    for (const p of PRIORITY_ORDER) for (let i = 0; i < 30; i++) scheduler.push(`${p}-${i}`, p);
    const first = await scheduler.take(15);
    const count = (p: Priority) => first.filter((item) => item.startsWith(p)).length;
    expect([count('critical'), count('high'), count('normal'), count('low')]).toEqual([8, 4, 2, 1]);
    expect(first.filter((i) => i.startsWith('critical'))).toEqual([...Array(8).keys()].map((i) => `critical-${i}`));
    // the first item is critical, and low comes within the first round
    expect(first[0]).toBe('critical-0');
  });

  it('gives the turn of an empty priority away, and waits for work', async () => {
    const scheduler = new PriorityScheduler<string>(parseWeights('8,4,2,1'));
    const waiting = scheduler.take(4);
    scheduler.push('low-0', 'low');
    expect(await waiting).toEqual(['low-0']);
    scheduler.push('low-1', 'low');
    scheduler.push('low-2', 'low');
    expect(await scheduler.take(4)).toEqual(['low-1', 'low-2']);
  });

  it('on close, answers what was waiting, wakes takers with nothing and refuses more', async () => {
    const scheduler = new PriorityScheduler<string>(parseWeights('1,1,1,1'));
    scheduler.push('a', 'normal');
    expect(scheduler.close()).toEqual(['a']);
    expect(await scheduler.take(1)).toEqual([]);
    expect(scheduler.push('b', 'high')).toBe(false);
  });
});
