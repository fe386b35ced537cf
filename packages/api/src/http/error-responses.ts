// The error answers of every route, in its OpenAPI document and its response schemas, derived in one place
// from what the route is (public or not, rate-limited, with path parameters, a body, an image), and the 405
// of a method a known path does not have.
import { ERROR_CODES, ERROR_TABLE } from '@freeface/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { z } from 'zod';
import type { Access } from '../auth/access.js';
import { errorEnvelope } from './envelope.js';
import { fail } from './error-handler.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the route can refuse a request that clashes with what is stored: a unique field taken, the last admin */
    conflict?: true;
  }
}

interface RouteShape {
  access: Access;
  rateLimited: boolean;
  looksUp: boolean;
  hasInput: boolean;
  hasBody: boolean;
  /** a query string: one past the 16 KiB the server reads of a request's head is a 431 */
  hasQuery?: boolean;
  takesImage: boolean;
  conflict: boolean;
}

const shapeKeys = (schema: unknown): string[] => Object.keys((schema as { shape?: object } | undefined)?.shape ?? {});

/** The HTTP statuses of the errors a route of this shape can answer. */
export function errorStatusesOf(route: RouteShape): number[] {
  const statuses = new Set<number>([500, 503]);
  if (route.hasInput) statuses.add(400);
  if (route.access !== 'public') statuses.add(401).add(403);
  if (route.looksUp) statuses.add(404);
  if (route.conflict) statuses.add(409);
  // the body limit and the content types hold for every body
  if (route.hasBody) statuses.add(413).add(415);
  if (route.takesImage) statuses.add(422);
  if (route.hasQuery) statuses.add(431);
  if (route.rateLimited) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

const codesOf = (status: number) => ERROR_CODES.filter((code) => ERROR_TABLE[code].http === status);
const described = new Map<number, z.ZodType>();
/** the error envelope, described with the codes of this status (one schema object per status) */
function envelopeFor(status: number): z.ZodType {
  let schema = described.get(status);
  if (!schema) {
    const codes = codesOf(status);
    schema = errorEnvelope.describe(codes.length > 0 ? `an error: ${codes.join(', ')}` : 'an error');
    described.set(status, schema);
  }
  return schema;
}

function shapeOf(route: RouteOptions): RouteShape {
  const schema = route.schema as Record<string, unknown>;
  const config = (route.config ?? {}) as { access?: Access; rateLimit?: false; conflict?: true };
  return {
    access: config.access ?? 'admin',
    rateLimited: config.rateLimit !== false,
    // an id in the path, or a person or face the body names
    looksUp: schema.params !== undefined || shapeKeys(schema.body).some((key) => /^(person|face)_ids?$/.test(key)),
    hasInput: schema.params !== undefined || schema.querystring !== undefined || schema.body !== undefined,
    hasBody: schema.body !== undefined,
    hasQuery: schema.querystring !== undefined,
    takesImage: shapeKeys(schema.body).some((key) => key.endsWith('image_data')),
    conflict: config.conflict === true,
  };
}

/** Path patterns of the app's routes and their methods, for the 405 and its Allow header. */
const patternOf = (url: string) =>
  new RegExp(
    `^${url
      .split('/')
      .map((part) =>
        part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}/?$`,
  );

/**
 * Registered on the root before any route: every route with a schema gets the error envelope for each error
 * status it can answer, and a known path asked with a method it lacks answers 405 with Allow.
 */
export function registerErrorResponses(
  app: FastifyInstance,
): (request: FastifyRequest, reply: FastifyReply) => boolean {
  const routes: Array<{ pattern: RegExp; methods: string[]; fixedParts: number }> = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat().map((m) => m.toUpperCase());
    const fixedParts = route.url.split('/').filter((part) => part !== '*' && !part.startsWith(':')).length;
    routes.push({ pattern: patternOf(route.url), methods, fixedParts });
    if (!route.schema || (route.schema as { hide?: boolean }).hide) return;
    const errors = Object.fromEntries(errorStatusesOf(shapeOf(route)).map((status) => [status, envelopeFor(status)]));
    route.schema = { ...route.schema, response: { ...errors, ...(route.schema.response as object | undefined) } };
  });

  /** answers 405 when the path is known under other methods; false when it is not known at all */
  const methodNotAllowed = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const path = request.url.split('?')[0] ?? '';
    // as the router does: a path with fixed parts wins over a parametric one (/faces/detect is not /faces/:face_id)
    const matching = routes.filter((r) => r.pattern.test(path));
    const best = Math.max(...matching.map((r) => r.fixedParts));
    const allowed = [...new Set(matching.filter((r) => r.fixedParts === best).flatMap((r) => r.methods))];
    if (allowed.length === 0 || allowed.includes(request.method)) return false;
    reply
      .status(405)
      .header('allow', allowed.join(', '))
      .send(fail('METHOD_NOT_ALLOWED', `${path} takes ${allowed.join(', ')}, not ${request.method}`));
    return true;
  };
  // before the body is read: a method the path lacks is a 405 whatever it sends (QUERY, say, carries a body)
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404 && methodNotAllowed(request, reply)) return reply;
  });
  return methodNotAllowed;
}
