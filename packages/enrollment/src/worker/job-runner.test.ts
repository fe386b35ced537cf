import { ERROR_CODES, ERROR_TABLE, FreeFaceError } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { isFinal } from './job-runner.js';

describe('isFinal', () => {
  it('fails a job at once exactly for the codes the error table says no retry can help', () => {
    const final = ERROR_CODES.filter((code) => isFinal(new FreeFaceError(code, 'x')));
    expect(final).toEqual(ERROR_CODES.filter((code) => !ERROR_TABLE[code].retryable));
    expect(final).toEqual(expect.arrayContaining(['NO_FACE', 'IMAGE_UNREADABLE', 'MODEL_UNKNOWN', 'NOT_FOUND']));
  });

  it('tries again what has no code (an accident) and what a retry can help', () => {
    expect(isFinal(new Error('socket hang up'))).toBe(false);
    expect(isFinal(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isFinal(new FreeFaceError('UNAVAILABLE', 'extractor down'))).toBe(false);
    expect(isFinal(new FreeFaceError('MODEL_MISSING', 'weights absent'))).toBe(false);
  });
});
