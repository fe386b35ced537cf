import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { withSpan } from './spans.js';
import { startTracing } from './tracing.js';

describe('tracing', () => {
  it('is off without an endpoint', async () => {
    const tracing = startTracing({ serviceName: 'x', endpoint: undefined });
    expect(tracing.enabled).toBe(false);
    await expect(withSpan('no-export', async () => 7)).resolves.toBe(7);
    await tracing.shutdown();
  });

  it('exports spans over OTLP/HTTP to the configured endpoint', async () => {
    const received: { path: string; body: Buffer }[] = [];
    const collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    try {
      const tracing = startTracing({ serviceName: 'trace-test-svc', endpoint: `http://127.0.0.1:${port}` });
      expect(tracing.enabled).toBe(true);
      await withSpan('enroll-face-span', async (span) => span.setAttribute('faces', 1));
      await expect(withSpan('failing-span', async () => Promise.reject(new Error('bad image')))).rejects.toThrow();
      await tracing.shutdown();
      const bodies = Buffer.concat(received.map((r) => r.body)).toString('latin1');
      expect(received.every((r) => r.path === '/v1/traces')).toBe(true);
      expect(bodies).toContain('enroll-face-span');
      expect(bodies).toContain('failing-span');
      expect(bodies).toContain('bad image');
      expect(bodies).toContain('trace-test-svc');
    } finally {
      collector.close();
    }
  });
});
