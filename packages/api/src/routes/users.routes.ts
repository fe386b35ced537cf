import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { created } from '../http/created.js';
import { deleted, deletionOf } from '../http/deleted.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { createUserBody, setPasswordBody, user, userIdParams } from '../schemas/users.schemas.js';
import { type PublicUser, UserService } from '../services/user.service.js';

const shown = (u: PublicUser): z.infer<typeof user> => ({
  user_id: u.id,
  username: u.username,
  role: u.role,
  created_at: u.createdAt.toISOString(),
});

export const usersRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, deps) => {
  const users = new UserService(deps);
  const adminOnly = { access: 'admin' as const };

  api.post(
    '/users',
    {
      config: { ...adminOnly, conflict: true, answerHeaders: { 201: { Location: 'the new user' } } },
      schema: {
        tags: ['users'],
        summary: 'Create a user who logs in with a password; 201 with its Location',
        body: createUserBody,
        response: { 201: envelopeOf(user) },
      },
    },
    async ({ body }, reply) => {
      const made = shown(await users.create(body));
      return created(reply, `/users/${encodeURIComponent(made.user_id)}`, made, 'user created');
    },
  );

  api.get(
    '/users',
    {
      config: adminOnly,
      schema: { tags: ['users'], summary: 'List the users', response: { 200: envelopeOf(z.array(user)) } },
    },
    async () => ok((await users.list()).map(shown)),
  );

  api.get(
    '/users/:user_id',
    {
      config: adminOnly,
      schema: { tags: ['users'], summary: 'A user', params: userIdParams, response: { 200: envelopeOf(user) } },
    },
    async ({ params }) => ok(shown(await users.get(params.user_id))),
  );

  api.delete(
    '/users/:user_id',
    {
      config: { ...adminOnly, conflict: true },
      schema: {
        tags: ['users'],
        summary: 'Delete a user; their access tokens stop working at once',
        params: userIdParams,
        response: { 200: envelopeOf(deletionOf('user_id')) },
      },
    },
    async ({ params }) => {
      await users.delete(params.user_id);
      return deleted({ user_id: params.user_id });
    },
  );

  api.post(
    '/users/:user_id/password',
    {
      config: adminOnly,
      schema: {
        tags: ['users'],
        summary: "Set a user's password; the access tokens issued to them before stop working",
        params: userIdParams,
        body: setPasswordBody,
        response: { 200: envelopeOf(user) },
      },
    },
    async ({ params, body }) => ok(shown(await users.setPassword(params.user_id, body.password)), 'password set'),
  );
};
