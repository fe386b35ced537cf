import { createLogger } from '@freeface/observability';
import { ExtractorClient } from '@freeface/rpc';
import { freePort } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';
import { GrpcBatchExtraction } from './grpc-extraction.js';

describe('GrpcBatchExtraction', () => {
  it('retries an unreachable extractor with backoff, then the circuit breaker fails calls fast', async () => {
    const client = new ExtractorClient({
      address: `127.0.0.1:${await freePort()}`,
      timeoutMs: 1000,
      maxMessageBytes: 1 << 20,
    });
    const breaker = new CircuitBreaker('extractor', { failures: 2, resetMs: 60_000 });
    const retried: number[] = [];
    const logger = createLogger({ name: 'grpc-extraction-test', level: 'silent' });
    const extraction = new GrpcBatchExtraction(client, {
      batchSize: 4,
      retry: { retries: 3, firstMs: 10, mostMs: 20 },
      breaker,
      logger: Object.assign(Object.create(logger), { warn: (o: { retry: number }) => retried.push(o.retry) }),
    });
    const images = [{ id: 'a', bytes: new Uint8Array([1, 2, 3]) }];
    // two calls fail (UNAVAILABLE) and open the circuit; the third try is refused without a call
    await expect(extraction.extract(images, {})).rejects.toThrow(/circuit breaker open/);
    expect(retried).toEqual([1, 2]);
    expect(breaker.state).toBe('open');
    const start = Date.now();
    await expect(extraction.extract(images, {})).rejects.toThrow(/circuit breaker open/);
    expect(Date.now() - start).toBeLessThan(500);
    client.close();
  });
});
