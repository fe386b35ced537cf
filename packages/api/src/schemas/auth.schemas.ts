import { z } from 'zod';

export const role = z
  .enum(['admin', 'operator', 'viewer'])
  .describe('admin: everything; operator: enroll, delete, manage persons; viewer: read and search');

export const loginBody = z.object({
  username: z.string().min(1).max(128),
  password: z.string().min(1).max(1024),
});

export const accessToken = z.object({
  access_token: z.string().describe('send as "Authorization: Bearer <access_token>"'),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('seconds the token stays valid'),
});

export const principal = z.object({
  kind: z.enum(['user', 'key']).describe('a user with an access token, or an API key'),
  id: z.string(),
  role,
  name: z.string().describe('the username, or the API key name'),
});

export const changePasswordBody = z.object({
  current_password: z.string().min(1).max(1024),
  new_password: z
    .string()
    .min(8, 'at least 8 characters')
    .max(1024)
    .describe('your access tokens issued before stop working; the answer holds a new one'),
});
