import { ForbiddenError, RateLimitedError, UnauthenticatedError } from '@freeface/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { envelopeOf, errorEnvelope, ok } from '../http/envelope.js';
import { accessToken, changePasswordBody, loginBody, principal } from '../schemas/auth.schemas.js';
import { AuthService } from '../services/auth.service.js';
import { UserService } from '../services/user.service.js';

/** A cache that does not answer must not stop every login (readiness reports it): the throttle is skipped. */
const unlessCacheDown = (log: FastifyBaseLogger) => (error: unknown) => {
  if (error instanceof RateLimitedError) throw error;
  log.warn({ err: error }, 'login throttle not checked: the cache did not answer');
};

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, deps) => {
  const auth = new AuthService(deps);
  const throttle = new LoginThrottle(deps.storage.cache, deps.config.auth);
  const users = new UserService(deps);
  const logins = deps.metrics.counter('auth_logins_total', 'password logins, by outcome', ['outcome']);

  api.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'Log in with a username and password; answers an access token. After repeated failures a username must wait (429 with Retry-After), longer after each',
        body: loginBody,
        // public, yet a wrong username or password is a 401
        response: { 200: envelopeOf(accessToken), 401: errorEnvelope.describe('an error: UNAUTHENTICATED') },
      },
    },
    async ({ body, log }) => {
      await throttle.check(body.username).catch((error: unknown) => {
        if (error instanceof RateLimitedError) logins.inc({ outcome: 'throttled' });
        unlessCacheDown(log)(error);
      });
      const token = await auth.login(body.username, body.password).catch(async (error: unknown) => {
        logins.inc({ outcome: 'failed' });
        if (error instanceof UnauthenticatedError) await throttle.failed(body.username).catch(unlessCacheDown(log));
        throw error;
      });
      await throttle.succeeded(body.username).catch(unlessCacheDown(log));
      logins.inc({ outcome: 'ok' });
      return ok(
        { access_token: token.accessToken, token_type: 'Bearer' as const, expires_in: token.expiresIn },
        'logged in',
      );
    },
  );

  api.get(
    '/auth/me',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['auth'],
        summary: 'Who the token or API key belongs to',
        response: { 200: envelopeOf(principal) },
      },
    },
    async (request) => ok(request.principal as NonNullable<typeof request.principal>),
  );

  api.post(
    '/auth/password',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['auth'],
        summary:
          'Change your own password (users, not API keys); answers a new access token, the old ones stop working',
        body: changePasswordBody,
        response: { 200: envelopeOf(accessToken) },
      },
    },
    async ({ body, principal: who }) => {
      if (who?.kind !== 'user') throw new ForbiddenError('an API key has no password: this is for users');
      await users.changeOwnPassword(who.id, body.current_password, body.new_password);
      const token = auth.tokenFor(who.id);
      return ok(
        { access_token: token.accessToken, token_type: 'Bearer' as const, expires_in: token.expiresIn },
        'password changed',
      );
    },
  );
};
