import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { created } from '../http/created.js';
import { deleted, deletionOf } from '../http/deleted.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { apiKey, apiKeyIdParams, createApiKeyBody, createdApiKey } from '../schemas/api-keys.schemas.js';
import { ApiKeyService, type PublicApiKey } from '../services/api-key.service.js';

const shown = (k: PublicApiKey): z.infer<typeof apiKey> => ({
  key_id: k.id,
  name: k.name,
  role: k.role,
  created_at: k.createdAt.toISOString(),
  revoked: k.revoked,
});

export const apiKeysRoutes: FastifyPluginAsyncZod<AppDeps> = async (api, deps) => {
  const keys = new ApiKeyService(deps);
  const adminOnly = { access: 'admin' as const };

  api.post(
    '/api-keys',
    {
      config: { ...adminOnly, answerHeaders: { 201: { Location: 'the new API key (shown there without the key)' } } },
      schema: {
        tags: ['api-keys'],
        summary: 'Create an API key for a machine; the key is in this answer only (201)',
        body: createApiKeyBody,
        response: { 201: envelopeOf(createdApiKey) },
      },
    },
    async ({ body }, reply) => {
      const made = await keys.create(body.name, body.role);
      return created(
        reply,
        `/api-keys/${encodeURIComponent(made.id)}`,
        { ...shown(made), key: made.key, webhook_secret: made.webhookSecret },
        'API key created',
      );
    },
  );

  api.get(
    '/api-keys',
    {
      config: adminOnly,
      schema: {
        tags: ['api-keys'],
        summary: 'List the API keys (without the keys)',
        response: { 200: envelopeOf(z.array(apiKey)) },
      },
    },
    async () => ok((await keys.list()).map(shown)),
  );

  api.get(
    '/api-keys/:key_id',
    {
      config: adminOnly,
      schema: {
        tags: ['api-keys'],
        summary: 'An API key (without the key)',
        params: apiKeyIdParams,
        response: { 200: envelopeOf(apiKey) },
      },
    },
    async ({ params }) => ok(shown(await keys.get(params.key_id))),
  );

  api.delete(
    '/api-keys/:key_id',
    {
      config: adminOnly,
      schema: {
        tags: ['api-keys'],
        summary: 'Revoke an API key; it stops working at once',
        params: apiKeyIdParams,
        response: { 200: envelopeOf(deletionOf('key_id')) },
      },
    },
    async ({ params }) => {
      await keys.revoke(params.key_id);
      return deleted({ key_id: params.key_id }, 'API key revoked');
    },
  );
};
