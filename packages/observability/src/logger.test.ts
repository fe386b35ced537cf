import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, withLogContext } from './logger.js';
import { withSpan } from './tracing/spans.js';
import { startTracing } from './tracing/tracing.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, raw, logger: createLogger({ name: 'test', destination }) };
}

describe('createLogger', () => {
  it('writes JSON lines with the logger name and level', () => {
    const { lines, logger } = capture();
    logger.info({ faces: 2 }, 'detected');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ name: 'test', level: 30, msg: 'detected', faces: 2 });
  });

  it('puts the request id on every line written inside its context, through awaits', async () => {
    const { lines, logger } = capture();
    await withLogContext({ requestId: 'req-1' }, async () => {
      logger.info('first');
      await new Promise((resolve) => setTimeout(resolve, 5));
      await withLogContext({ jobId: 'job-9' }, async () => logger.info('nested'));
    });
    logger.info('outside');
    expect(lines.map((l) => [l.msg, l.requestId, l.jobId])).toEqual([
      ['first', 'req-1', undefined],
      ['nested', 'req-1', 'job-9'],
      ['outside', undefined, undefined],
    ]);
  });

  it('names a field once when a child logger is bound to what the context also holds', () => {
    const { raw, lines, logger } = capture();
    const requestLogger = logger.child({ requestId: 'req-2' });
    withLogContext({ requestId: 'req-2', jobId: 'job-3' }, () => requestLogger.info('bound'));
    expect(raw[0]?.match(/"requestId"/g)).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: 'req-2', jobId: 'job-3' });
  });

  it('redacts passwords', () => {
    const { lines, logger } = capture();
    logger.info({ user: { name: 'ada', password: 'pw' } }, 'login');
    expect(lines[0]?.user).toEqual({ name: 'ada', password: '[redacted]' });
  });

  it('puts the trace and span ids of the active span on the lines written inside it, none outside', async () => {
    // a recorded trace needs a tracer provider; its exports go to a receiver that takes them and forgets
    const receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(200).end('{}')));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const tracing = startTracing({ serviceName: 'log-test', endpoint });
    const { lines, logger } = capture();
    let ids: { traceId: string; spanId: string } | undefined;
    await withSpan('work', async (span) => {
      ids = span.spanContext();
      logger.info('inside');
    });
    logger.info('outside');
    await tracing.shutdown();
    receiver.close();
    expect(lines[0]).toMatchObject({ msg: 'inside', trace_id: ids?.traceId, span_id: ids?.spanId, trace_flags: '01' });
    expect(lines[0]?.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[1]).not.toHaveProperty('trace_id');
  });
});
