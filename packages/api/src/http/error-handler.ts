import { errorCodeOf, httpStatusOf } from '@freeface/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorEnvelope } from './envelope.js';

const fail = (code: string, message: string): ErrorEnvelope => ({ success: false, message, code, data: null });

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
export function registerErrorHandler(app: FastifyInstance): void {
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
      // rate limits and a full queue say when to come back
      const retryAfter = (error as { details?: { retryAfterSeconds?: unknown } }).details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return reply.status(status).send(fail(code, error.message));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(fail('INVALID_ARGUMENT', error.message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(fail('INTERNAL', 'internal error; the request id in the logs tells what happened'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(fail('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
