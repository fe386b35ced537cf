// X-Request-Id: taken from the request when it is a sane id (a proxy's or a client's), else made; echoed on every
// answer, and on every log line written while the request runs (the request logger's binding, and the log context
// that the services' loggers read), so one id follows a request through the logs.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { withLogContext } from '@freeface/observability';
import type { FastifyInstance } from 'fastify';

/** what an id taken from a request may be: short, printable, no spaces (it goes into headers and logs) */
const SANE_ID = /^[\w.:@/+=-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';
/** the field of log lines that carries it, as the log context calls it */
export const REQUEST_ID_LOG_LABEL = 'requestId';

/** fastify's genReqId: the request's own X-Request-Id when sane, else a new uuid */
export function requestIdOf(request: IncomingMessage): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && SANE_ID.test(sent) ? sent : randomUUID();
}

export function registerRequestId(app: FastifyInstance): void {
  // callback style: the rest of the request (hooks, handler, services) runs inside the log context
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    withLogContext({ [REQUEST_ID_LOG_LABEL]: request.id }, done);
  });
}
