// API keys: 32 random bytes shown once to the admin who made the key; only their sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'ffk_';

export const newApiKey = (): string => PREFIX + randomBytes(32).toString('base64url');

/** sha256, hex: a key has 256 bits of entropy, so a fast hash is enough (unlike a password) */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** signs the webhooks of jobs made with the key */
export const newWebhookSecret = (): string => randomBytes(32).toString('hex');
