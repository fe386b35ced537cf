import { describe, expect, it } from 'vitest';
import { InFlightWindow } from './in-flight-window.js';

describe('InFlightWindow', () => {
  it('answers the committable offset only up to the first message not settled', () => {
    const window = new InFlightWindow<number>(3);
    for (const offset of [10, 11, 12]) window.start(offset);
    expect(window.settle(11, true)).toBeUndefined();
    expect(window.settle(12, true)).toBeUndefined();
    expect(window.settle(10, true)).toBe(12);
    expect(window.running).toBe(0);
  });

  it('never passes a message handed back, whatever settles after it', () => {
    const window = new InFlightWindow<number>(3);
    for (const offset of [0, 1, 2]) window.start(offset);
    expect(window.settle(0, true)).toBe(0);
    expect(window.settle(1, false)).toBeUndefined();
    expect(window.settle(2, true)).toBeUndefined();
    window.start(3);
    expect(window.settle(3, true)).toBeUndefined();
  });

  it('has room for `size` messages, and makes room as one settles', async () => {
    const window = new InFlightWindow<string>(2);
    window.start('0');
    await window.room();
    window.start('1');
    let roomy = false;
    const room = window.room().then(() => {
      roomy = true;
    });
    await Promise.resolve();
    expect(roomy).toBe(false);
    window.settle('1', true);
    await room;
    expect(roomy).toBe(true);
    const drained = window.drained();
    window.settle('0', true);
    await drained;
    expect(() => window.settle('0', true)).toThrow(/no message at offset 0/);
    expect(() => new InFlightWindow(0)).toThrow(RangeError);
  });
});
