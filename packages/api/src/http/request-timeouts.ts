// How long a client may take to send its request. Node's HTTP server times the headers, the whole request and
// idle connections (fastify's server options); the body gets a timeout of its own here, answered with 408.
import type { ServerOptions } from 'node:http';
import { PassThrough } from 'node:stream';
import type { Config } from '@freeface/config';
import { RequestTimeoutError } from '@freeface/domain';
import type { FastifyInstance } from 'fastify';

type Timeouts = Pick<
  Config['api'],
  'headersTimeoutMs' | 'requestTimeoutMs' | 'connectionTimeoutMs' | 'keepAliveTimeoutMs' | 'bodyTimeoutMs'
>;

/**
 * Fastify's options for node's own timeouts. Node checks headersTimeout and requestTimeout only every
 * connectionsCheckingInterval (30 s by default), so the interval follows the shorter of the two.
 */
export function serverTimeouts(api: Timeouts): {
  requestTimeout: number;
  connectionTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  const shortest = Math.min(api.headersTimeoutMs, api.requestTimeoutMs);
  return {
    requestTimeout: api.requestTimeoutMs,
    connectionTimeout: api.connectionTimeoutMs,
    keepAliveTimeout: api.keepAliveTimeoutMs,
    http: {
      headersTimeout: shortest,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(shortest / 4))),
    },
  };
}

const hasBody = (headers: Record<string, string | string[] | undefined>) =>
  headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;

/**
 * A body that has not all arrived bodyTimeoutMs after the headers fails the request with REQUEST_TIMEOUT (408),
 * and the connection is closed once that answer is out: a client trickling a byte at a time holds nothing long.
 */
export function registerBodyTimeout(app: FastifyInstance, bodyTimeoutMs: number): void {
  app.addHook('preParsing', async (request, reply, payload) => {
    if (request.raw.complete || !hasBody(request.headers)) return payload;
    if (request.headers['content-type']?.toString().toLowerCase().startsWith('multipart/')) {
      // the multipart parser reads request.raw itself, not this payload: a second reader would stall it, so the
      // timer ends the request instead (the connection closes; there is no one reading to answer 408 to)
      const timer = setTimeout(() => request.raw.destroy(), bodyTimeoutMs);
      const done = () => clearTimeout(timer);
      payload.once('end', done);
      request.raw.once('close', done);
      reply.raw.once('finish', done);
      return payload;
    }
    const guarded = new PassThrough();
    // nobody may be reading when the timer fires (a route that ignores its body): the error must not go unheard
    guarded.on('error', () => {});
    const timer = setTimeout(() => {
      reply.header('connection', 'close');
      reply.raw.once('finish', () => request.raw.socket?.destroy());
      payload.unpipe(guarded);
      guarded.destroy(
        new RequestTimeoutError(
          `the request body did not arrive within ${bodyTimeoutMs} ms of its headers; send it at once`,
        ),
      );
    }, bodyTimeoutMs);
    const done = () => clearTimeout(timer);
    payload.once('end', done);
    request.raw.once('close', done);
    reply.raw.once('finish', done);
    payload.pipe(guarded);
    return guarded;
  });
}
