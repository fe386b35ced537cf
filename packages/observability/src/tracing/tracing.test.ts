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

  it('samples new traces at the ratio of the settings and keeps the decision of a caller that sent its trace', async () => {
    const tracing = startTracing({ serviceName: 'sampling', endpoint: 'http://127.0.0.1:9', sampleRatio: 0 });
    const sampled = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const notSampled = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00';
    expect(await withSpan('new trace', async (span) => span.isRecording())).toBe(false);
    expect(await withSpan('continued', async (span) => span.isRecording(), { parent: { traceparent: sampled } })).toBe(
      true,
    );
    expect(
      await withSpan('continued, not sampled', async (span) => span.isRecording(), {
        parent: { traceparent: notSampled },
      }),
    ).toBe(false);
    const traceId = await withSpan('child', async (span) => span.spanContext().traceId, {
      parent: { traceparent: sampled },
    });
    expect(traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    await tracing.shutdown().catch(() => {});
  });
});
