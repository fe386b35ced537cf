import { ForbiddenError } from '@freeface/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { accessToken, changePasswordBody, loginBody, principal } from '../schemas/auth.schemas.js';
import { AuthService } from '../services/auth.service.js';
import { UserService } from '../services/user.service.js';

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, deps) => {
  const auth = new AuthService(deps);
  const users = new UserService(deps);
  const logins = deps.metrics.counter('auth_logins_total', 'password logins, by outcome', ['outcome']);

  api.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with a username and password; answers an access token',
        body: loginBody,
        response: { 200: envelopeOf(accessToken) },
      },
    },
    async ({ body }) => {
      const token = await auth.login(body.username, body.password).catch((error: unknown) => {
        logins.inc({ outcome: 'failed' });
        throw error;
      });
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
