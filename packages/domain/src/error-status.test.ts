import { describe, expect, it } from 'vitest';
import { errorCodeOf, GrpcStatus, grpcStatusOf, httpStatusOf } from './error-status.js';
import { ConflictError, InvalidArgumentError, NotFoundError } from './errors.js';

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
