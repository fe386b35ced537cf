import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { errorCodeOf, httpStatusOf } from '@freeface/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorEnvelope } from './envelope.js';

export const fail = (code: string, message: string): ErrorEnvelope => ({ success: false, message, code, data: null });

/** Fastify's own client errors (bad JSON, too large, wrong content type) by their codes. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_ARGUMENT'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_ARGUMENT'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'INVALID_ARGUMENT'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_ARGUMENT'],
};

/**
 * Errors become the envelope with a stable code. Client mistakes are 4xx with a message a person can act on;
 * anything unexpected is a 500 with a generic message, and its details go to the log only.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  /** answers a request no route matched when its path has other methods (405); false when it has none */
  methodNotAllowed: (request: FastifyRequest, reply: FastifyReply) => boolean = () => false,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return path ? `${path}: ${v.message}` : (v.message ?? 'invalid');
      });
      return reply
        .status(400)
        .send(fail('INVALID_ARGUMENT', `invalid ${error.validationContext ?? 'request'}: ${problems.join('; ')}`));
    }
    const known = FASTIFY_CLIENT_ERRORS[error.code];
    if (known) return reply.status(known[0]).send(fail(known[1], error.message));
    const code = errorCodeOf(error);
    if (code) {
      const status = httpStatusOf(error);
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      // a library's own words (the image decoder's) are logged, never answered
      else if (error.cause instanceof Error)
        request.log.info({ code, reason: error.cause.message }, 'request refused: %s', error.message);
      // rate limits and a full queue say when to come back
      const retryAfter = (error as { details?: { retryAfterSeconds?: unknown } }).details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return reply.status(status).send(fail(code, error.message));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(fail('INVALID_ARGUMENT', error.message));
    }
    // the multipart parser's own words (no boundary, a cut-off body, a malformed part) are about the request
    if (request.headers['content-type']?.toString().toLowerCase().startsWith('multipart/')) {
      request.log.info({ reason: error.message }, 'multipart body refused');
      return reply
        .status(400)
        .send(fail('INVALID_ARGUMENT', `the multipart/form-data body could not be read: ${error.message}`));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(fail('INTERNAL', 'internal error; the request id in the logs tells what happened'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (methodNotAllowed(request, reply)) return reply;
    return reply.status(404).send(fail('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
}

/**
 * Fastify's option frameworkErrors: the errors its router raises before any route runs (a path parameter
 * longer than maxParamLength, a URL that does not decode), in the envelope like every other error.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.status(414).send(fail('URI_TOO_LONG', 'a path parameter is longer than any id this API takes'));
  } else if (error.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send(fail('INVALID_ARGUMENT', 'the URL is not valid: check its %-escapes'));
  } else {
    request.log.error({ err: error }, 'unexpected router error');
    reply.status(500).send(fail('INTERNAL', 'internal error; the request id in the logs tells what happened'));
  }
}

/**
 * Fastify's option clientErrorHandler: what Node's HTTP parser refuses before fastify sees a request
 * (headers too large, a request that timed out, bytes that are not HTTP), answered in the envelope.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', 'the request headers are larger than the server reads (16 KiB in all)']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'INVALID_ARGUMENT', 'the request took too long to arrive']
        : [400, 'INVALID_ARGUMENT', 'the request is not valid HTTP'];
  const body = JSON.stringify(fail(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
