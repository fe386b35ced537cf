import { ConflictError } from '@freeface/domain';
import type { AppDeps } from '../app-deps.js';
import { UserService } from '../services/user.service.js';

/**
 * Creates the first admin from FREEFACE_ADMIN_USER / FREEFACE_ADMIN_PASSWORD when both are set and no user has
 * that name. Idempotent: a later start (or a replica starting beside this one) leaves the user as it is,
 * password included, so a password changed since is not reset.
 */
export async function bootstrapAdmin({
  config,
  storage,
  logger,
}: Pick<AppDeps, 'config' | 'storage' | 'logger'>): Promise<'created' | 'exists' | 'not configured'> {
  const { adminUser: username, adminPassword: password } = config.auth;
  if (!username || !password) {
    if ((await storage.metadata.users.list()).length === 0) {
      logger.warn('no users yet: set FREEFACE_ADMIN_USER and FREEFACE_ADMIN_PASSWORD to create the first admin');
    }
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
