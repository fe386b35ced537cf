// The one gate every request passes: rate limits, then who is asking, then whether their role may call the
// route. Routes say who may call them in `config.access`; a route that says nothing is admin-only.
import { ForbiddenError, RateLimitedError, UnauthenticatedError } from '@freeface/domain';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../app-deps.js';
import { AuthService, type Credentials } from '../services/auth.service.js';
import { type Access, roleAllows } from './access.js';
import type { Principal } from './principal.js';
import { RateLimiter } from './rate-limiter.js';

export interface AuthPluginOptions {
  deps: AppDeps;
  /** routes under these paths are public (the OpenAPI document and Swagger UI) */
  publicPrefixes: string[];
}

const header = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(',') : value;

const credentialsOf = (request: FastifyRequest): Credentials => ({
  authorization: header(request.headers.authorization),
  apiKey: header(request.headers['x-api-key']),
});

async function authPlugin(app: FastifyInstance, { deps, publicPrefixes }: AuthPluginOptions): Promise<void> {
  const auth = new AuthService(deps);
  const limiter = new RateLimiter(deps.storage.cache, deps.config.auth.rateLimitPerMinute);
  const denied = deps.metrics.counter('auth_denied_total', 'requests refused by the auth gate', ['reason']);
  app.decorateRequest('principal', undefined);

  app.addHook('onRoute', (route: RouteOptions) => {
    const underPublicPrefix = publicPrefixes.some((p) => route.url === p || route.url.startsWith(`${p}/`));
    if (underPublicPrefix) route.config = { ...route.config, access: 'public' };
    // OpenAPI: the document's default asks for a token or key; public routes need neither
    if (route.config?.access === 'public' && route.schema) route.schema = { ...route.schema, security: [] };
  });

  app.addHook('onRequest', async (request, reply) => {
    const { access = 'admin', rateLimit } = request.routeOptions.config as { access?: Access; rateLimit?: false };
    const open = access === 'public' || request.is404;
    let principal: Principal | undefined;
    let failure: unknown;
    try {
      principal = await auth.principalOf(credentialsOf(request));
    } catch (error) {
      failure = error;
    }

    if (rateLimit !== false) {
      try {
        // a logged-in user or an API key on its own count, whatever IP it comes from; anonymous requests per IP
        await limiter.hit(principal ? `${principal.kind}:${principal.id}` : `ip:${request.ip}`, (state) => {
          reply.header('ratelimit-limit', String(state.limit));
          reply.header('ratelimit-remaining', String(state.remaining));
          reply.header('ratelimit-reset', String(state.resetSeconds));
        });
      } catch (error) {
        if (!(error instanceof RateLimitedError)) {
          // a cache that does not answer must not take the API down with it (readiness reports it)
          request.log.warn({ err: error }, 'rate limit not checked: the cache did not answer');
        } else {
          denied.inc({ reason: 'rate_limited' });
          reply.header('retry-after', String(error.details?.retryAfterSeconds ?? 60));
          throw error;
        }
      }
    }

    request.principal = principal;
    if (open) return;
    if (failure || !principal) {
      denied.inc({ reason: 'unauthenticated' });
      throw failure ?? new UnauthenticatedError();
    }
    if (!roleAllows(principal.role, access)) {
      denied.inc({ reason: 'forbidden' });
      const who = principal.kind === 'key' ? `the API key ${principal.name}` : `user ${principal.name}`;
      throw new ForbiddenError(`this needs the ${access} role or higher; ${who} has the ${principal.role} role`);
    }
  });
}

/** Registered on the root (fastify-plugin), so it guards every route of the app. */
export const authGate = fp(authPlugin, { name: 'freeface-auth', fastify: '5.x' });
