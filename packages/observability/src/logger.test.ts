import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, withLogContext } from './logger.js';

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
});
