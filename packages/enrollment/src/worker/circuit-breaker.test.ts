import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  it('opens after the failures in a row, fails fast, lets one trial through after the reset, closes on success', async () => {
    let now = 0;
    const breaker = new CircuitBreaker('extractor', { failures: 3, resetMs: 1000, now: () => now });
    const fail = () => Promise.reject(new Error('down'));
    const counts = () => true;
    let calls = 0;
    const failing = () => {
      calls++;
      return fail();
    };
    for (let i = 0; i < 3; i++) await expect(breaker.call(failing, counts)).rejects.toThrow('down');
    expect(breaker.state).toBe('open');
    await expect(breaker.call(failing, counts)).rejects.toThrow(/circuit breaker open/);
    expect(calls).toBe(3);
    now = 1000;
    expect(breaker.state).toBe('half-open');
    await expect(breaker.call(failing, counts)).rejects.toThrow('down');
    expect(breaker.state).toBe('open');
    now = 2000;
    expect(await breaker.call(async () => 'ok', counts)).toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('does not count failures that are not the server’s', async () => {
    const breaker = new CircuitBreaker('extractor', { failures: 1, resetMs: 1000 });
    await expect(
      breaker.call(
        () => Promise.reject(new Error('bad image')),
        () => false,
      ),
    ).rejects.toThrow();
    expect(breaker.state).toBe('closed');
  });
});
