import { z } from 'zod';
import { role } from './auth.schemas.js';

export const createUserBody = z.object({
  username: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ - only'),
  password: z.string().min(8, 'at least 8 characters').max(1024),
  role,
});

export const user = z.object({
  user_id: z.string(),
  username: z.string(),
  role,
  created_at: z.iso.datetime(),
});

export const userIdParams = z.object({ id: z.string().min(1).max(128) });
