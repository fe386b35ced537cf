import { z } from 'zod';
import { role } from './auth.schemas.js';

export const password = z.string().min(8, 'at least 8 characters').max(1024);

export const createUserBody = z.object({
  username: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ - only')
    .describe('unique without regard to case: Ada and ada are one username'),
  password,
  role,
});

export const setPasswordBody = z.object({
  password: password.describe('the new password; the access tokens of the user issued before stop working'),
});

export const user = z.object({
  user_id: z.string(),
  username: z.string(),
  role,
  created_at: z.iso.datetime(),
});

export const userIdParams = z.object({ user_id: z.string().min(1).max(128).describe('the user id') });
