import { ERROR_TABLE, errorCodeOf, FreeFaceError, GrpcStatus, grpcStatusOf, httpStatusOf } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { ImageError, ModelError, VisionError } from './vision-errors.js';

describe('vision errors', () => {
  it('are FreeFaceErrors with their own code, message, cause and name', () => {
    const cause = new Error('sharp: unsupported image format');
    const error = new ImageError('IMAGE_UNREADABLE', 'the image cannot be read', { cause });
    expect(error).toBeInstanceOf(FreeFaceError);
    expect(error).toBeInstanceOf(VisionError);
    expect(error).toMatchObject({ code: 'IMAGE_UNREADABLE', message: 'the image cannot be read', name: 'ImageError' });
    expect(error.cause).toBe(cause);
    expect(new ModelError('MODEL_MISSING', 'm')).toBeInstanceOf(FreeFaceError);
  });

  it('take their statuses from the one error table', () => {
    const tooBig = new ImageError('IMAGE_TOO_MANY_PIXELS', 'too many pixels');
    expect([errorCodeOf(tooBig), httpStatusOf(tooBig), grpcStatusOf(tooBig)]).toEqual([
      'IMAGE_TOO_MANY_PIXELS',
      ERROR_TABLE.IMAGE_TOO_MANY_PIXELS.http,
      GrpcStatus.INVALID_ARGUMENT,
    ]);
    expect(grpcStatusOf(new ModelError('MODEL_MISSING', 'm'))).toBe(GrpcStatus.FAILED_PRECONDITION);
  });
});
