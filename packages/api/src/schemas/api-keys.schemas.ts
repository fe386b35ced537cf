import { z } from 'zod';
import { role } from './auth.schemas.js';

export const createApiKeyBody = z.object({
  name: z.string().trim().min(1).max(128).describe('what the key is for, e.g. the machine that uses it'),
  role,
});

export const apiKey = z.object({
  key_id: z.string(),
  name: z.string(),
  role,
  created_at: z.iso.datetime(),
  revoked: z.boolean(),
});

export const createdApiKey = apiKey.extend({
  key: z.string().describe('send as the x-api-key header; shown this once only, never again'),
  webhook_secret: z.string().describe('signs the webhooks of jobs made with this key; shown this once only'),
});

export const apiKeyIdParams = z.object({ key_id: z.string().min(1).max(128).describe('the API key id') });
