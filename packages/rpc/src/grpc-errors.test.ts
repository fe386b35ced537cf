import { InvalidArgumentError, NotFoundError } from '@freeface/domain';
import { Metadata, type ServiceError, status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODE_KEY,
  fromServiceError,
  INTERNAL_MESSAGE,
  RpcError,
  reportOf,
  toStatusObject,
} from './grpc-errors.js';

const coded = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('reportOf', () => {
  it.each(['IMAGE_EMPTY', 'IMAGE_UNREADABLE', 'IMAGE_UNSUPPORTED_FORMAT', 'IMAGE_TOO_LARGE', 'IMAGE_TOO_MANY_PIXELS'])(
    'makes the image error %s INVALID_ARGUMENT, keeping its code and message',
    (code) => {
      expect(reportOf(coded(code, 'the image cannot be read'))).toEqual({
        status: status.INVALID_ARGUMENT,
        statusName: 'INVALID_ARGUMENT',
        code,
        message: 'the image cannot be read',
      });
    },
  );

  it('maps domain errors by their code', () => {
    expect(reportOf(new InvalidArgumentError('min_quality must be from 0 to 1'))).toMatchObject({
      statusName: 'INVALID_ARGUMENT',
      code: 'INVALID_ARGUMENT',
    });
    expect(reportOf(new NotFoundError('person', 'p1'))).toMatchObject({ statusName: 'NOT_FOUND' });
    expect(reportOf(coded('MODEL_MISSING', 'model x is missing'))).toMatchObject({
      statusName: 'FAILED_PRECONDITION',
      message: 'model x is missing',
    });
  });

  it('tells nothing of an accident: INTERNAL with a generic message', () => {
    const leak = new TypeError('cannot read properties of undefined (reading "password") at /srv/secret.ts:12');
    expect(reportOf(leak)).toEqual({
      status: status.INTERNAL,
      statusName: 'INTERNAL',
      code: 'INTERNAL',
      message: INTERNAL_MESSAGE,
    });
    expect(reportOf('a string').message).toBe(INTERNAL_MESSAGE);
  });
});

describe('fromServiceError', () => {
  const serviceError = (code: status, details: string, metadata = new Metadata()): ServiceError =>
    Object.assign(new Error(`${code} ${details}`), { code, details, metadata });

  it('rebuilds the platform code and the server stable code from the status and trailer', () => {
    const sent = toStatusObject(reportOf(coded('IMAGE_TOO_MANY_PIXELS', 'too many pixels')));
    const error = fromServiceError(
      serviceError(sent.code as status, sent.details as string, sent.metadata as Metadata),
      'extractor',
    );
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      status: 'INVALID_ARGUMENT',
      reason: 'IMAGE_TOO_MANY_PIXELS',
      message: 'too many pixels',
    });
    expect(sent.metadata?.get(ERROR_CODE_KEY)).toEqual(['IMAGE_TOO_MANY_PIXELS']);
  });

  it('makes an unreachable or slow server UNAVAILABLE, naming it', () => {
    const slow = fromServiceError(serviceError(status.DEADLINE_EXCEEDED, 'Deadline exceeded'), 'extractor at h:1');
    expect(slow).toMatchObject({ code: 'UNAVAILABLE', status: 'DEADLINE_EXCEEDED', reason: 'DEADLINE_EXCEEDED' });
    expect(slow.message).toBe('extractor at h:1: Deadline exceeded');
    expect(fromServiceError(serviceError(status.UNAVAILABLE, 'No connection'), 'x').code).toBe('UNAVAILABLE');
    expect(fromServiceError(serviceError(status.DATA_LOSS, 'bad'), 'x').code).toBe('INTERNAL');
  });
});
