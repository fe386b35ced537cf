import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictError } from '@freeface/domain';
import type { AppDeps } from '../app-deps.js';
import { UserService } from '../services/user.service.js';

export type BootstrapResult = 'created' | 'exists' | 'not configured' | { generated: string; passwordFile: string };

/**
 * Where the embedded profile writes the password it made for the first admin "admin": the password alone and
 * a newline, so that `$(cat data/initial-admin-password)` is the password.
 */
export const initialPasswordFile = (dataDir: string) => join(dataDir, 'initial-admin-password');

/**
 * Creates the first admin from FREEFACE_ADMIN_USER / FREEFACE_ADMIN_PASSWORD when both are set and no user has
 * that name. Idempotent: a later start (or a replica starting beside this one) leaves the user as it is,
 * password included, so a password changed since is not reset.
 * In the embedded profile with neither set and no user yet, it makes an admin "admin" with a random password,
 * kept alone in <dataDir>/initial-admin-password (mode 0600), so a newcomer can log in right after `npm start`.
 */
export async function bootstrapAdmin({
  config,
  storage,
  logger,
}: Pick<AppDeps, 'config' | 'storage' | 'logger'>): Promise<BootstrapResult> {
  const { adminUser: username, adminPassword: password } = config.auth;
  if (!username || !password) {
    if ((await storage.metadata.users.list()).length > 0) return 'not configured';
    if (config.runtime.profile === 'embedded') return generateAdmin({ config, storage });
    logger.warn('no users yet: set FREEFACE_ADMIN_USER and FREEFACE_ADMIN_PASSWORD to create the first admin');
    return 'not configured';
  }
  if (await storage.metadata.users.getByUsername(username)) return 'exists';
  try {
    await new UserService({ storage }).create({ username, password, role: 'admin' });
  } catch (error) {
    if (error instanceof ConflictError) return 'exists';
    throw error;
  }
  logger.info({ username }, 'created the first admin');
  return 'created';
}

async function generateAdmin({ config, storage }: Pick<AppDeps, 'config' | 'storage'>): Promise<BootstrapResult> {
  const generated = randomBytes(12).toString('base64url');
  const passwordFile = initialPasswordFile(config.runtime.dataDir);
  await mkdir(config.runtime.dataDir, { recursive: true });
  await writeFile(passwordFile, `${generated}\n`, { mode: 0o600 });
  await new UserService({ storage }).create({ username: 'admin', password: generated, role: 'admin' });
  return { generated, passwordFile };
}
