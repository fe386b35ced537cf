import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  ERROR_TABLE,
  errorCodeOf,
  errorCodeOfGrpcStatus,
  GrpcStatus,
  grpcStatusOf,
  httpStatusOf,
  isRetryable,
  isRetryableCode,
} from './error-status.js';
import { ConflictError, FreeFaceError, InvalidArgumentError, NotFoundError } from './errors.js';

describe('error statuses', () => {
  it('maps domain errors to their HTTP and gRPC statuses', () => {
    expect([httpStatusOf(new NotFoundError('person', 'p1')), grpcStatusOf(new NotFoundError('person', 'p1'))]).toEqual([
      404,
      GrpcStatus.NOT_FOUND,
    ]);
    expect(httpStatusOf(new ConflictError('taken'))).toBe(409);
    expect(grpcStatusOf(new InvalidArgumentError('bad'))).toBe(GrpcStatus.INVALID_ARGUMENT);
  });

  it('maps image errors from other packages by their code', () => {
    const corrupt = Object.assign(new Error('not an image'), { code: 'IMAGE_UNREADABLE' });
    expect(httpStatusOf(corrupt)).toBe(400);
    expect(grpcStatusOf(corrupt)).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(httpStatusOf(Object.assign(new Error('big'), { code: 'IMAGE_TOO_MANY_PIXELS' }))).toBe(413);
    const tiny = Object.assign(new Error('1x1'), { code: 'IMAGE_TOO_SMALL' });
    expect([httpStatusOf(tiny), grpcStatusOf(tiny)]).toEqual([400, GrpcStatus.INVALID_ARGUMENT]);
  });

  it('treats errors without a known code as internal', () => {
    expect(httpStatusOf(new Error('boom'))).toBe(500);
    expect(grpcStatusOf(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(GrpcStatus.INTERNAL);
    expect(errorCodeOf(null)).toBeUndefined();
  });
});

describe('the error table', () => {
  const statuses = new Set<number>(Object.values(GrpcStatus));

  it.each(ERROR_CODES)('gives %s an HTTP status, a gRPC status and whether a retry helps', (code) => {
    const { http, grpc, retryable } = ERROR_TABLE[code];
    expect(Number.isInteger(http) && http >= 400 && http < 600).toBe(true);
    expect(statuses.has(grpc)).toBe(true);
    expect(typeof retryable).toBe('boolean');
    // the caller's mistakes are 4xx and never worth a retry; an internal status is a 500
    if (!retryable) expect(http).toBeLessThan(500);
    if (grpc === GrpcStatus.INTERNAL) expect(http).toBe(500);
  });

  it('reads retries from the table, and retries anything without a code', () => {
    for (const code of ERROR_CODES) {
      expect(isRetryable(new FreeFaceError(code, 'x'))).toBe(ERROR_TABLE[code].retryable);
      expect(isRetryableCode(code)).toBe(ERROR_TABLE[code].retryable);
    }
    expect(isRetryable(new Error('boom'))).toBe(true);
    expect(isRetryableCode('SOMETHING_NEWER')).toBe(true);
  });

  it('turns each code into a gRPC status and back: the same code where the status is its alone', () => {
    for (const code of ERROR_CODES) {
      const { grpc } = ERROR_TABLE[code];
      const back = errorCodeOfGrpcStatus(grpc);
      const alone = ERROR_CODES.filter((c) => ERROR_TABLE[c].grpc === grpc).length === 1;
      if (alone || code in GrpcStatus) expect(back, code).toBe(code);
      // otherwise the client's code still says whose fault it is and whether to retry
      expect(ERROR_TABLE[back].retryable, code).toBe(ERROR_TABLE[code].retryable);
      expect(ERROR_TABLE[back].http >= 500, code).toBe(ERROR_TABLE[code].http >= 500);
    }
    expect(errorCodeOfGrpcStatus(GrpcStatus.INVALID_ARGUMENT)).toBe('INVALID_ARGUMENT');
    expect(errorCodeOfGrpcStatus(GrpcStatus.ALREADY_EXISTS)).toBe('CONFLICT');
    expect(errorCodeOfGrpcStatus(GrpcStatus.FAILED_PRECONDITION)).toBe('UNAVAILABLE');
  });

  it('makes the transport’s own statuses UNAVAILABLE and any other status INTERNAL', () => {
    expect(errorCodeOfGrpcStatus(GrpcStatus.DEADLINE_EXCEEDED)).toBe('UNAVAILABLE');
    expect(errorCodeOfGrpcStatus(GrpcStatus.CANCELLED)).toBe('UNAVAILABLE');
    expect(errorCodeOfGrpcStatus(15)).toBe('INTERNAL'); // DATA_LOSS
    expect(errorCodeOfGrpcStatus(2)).toBe('INTERNAL'); // UNKNOWN
  });

  it('keeps the codes whose status is INTERNAL out of what a caller is told', () => {
    const broken = new FreeFaceError('MODEL_BAD_OUTPUT', 'output 0 has shape [1, 3]');
    expect([errorCodeOf(broken), httpStatusOf(broken), grpcStatusOf(broken)]).toEqual([
      undefined,
      500,
      GrpcStatus.INTERNAL,
    ]);
  });
});
