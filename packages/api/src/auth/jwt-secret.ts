// The secret that signs access tokens. Set it with FREEFACE_JWT_SECRET (the cluster profile requires it, so
// every replica signs alike). The embedded profile without it makes a random one the first time and keeps
// it in <dataDir>/jwt-secret (mode 0600), so a restart keeps the tokens it gave out valid.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '@freeface/config';

export const JWT_SECRET_FILE = 'jwt-secret';
const MIN_LENGTH = 32;

/** The config with auth.jwtSecret set: the setting, or in the embedded profile the one kept in the data dir. */
export async function withJwtSecret(config: Config): Promise<Config> {
  if (config.auth.jwtSecret) return config;
  if (config.runtime.profile !== 'embedded') {
    throw new Error('FREEFACE_JWT_SECRET: required when FREEFACE_PROFILE=cluster');
  }
  const jwtSecret = await loadOrCreateSecret(join(config.runtime.dataDir, JWT_SECRET_FILE));
  return { ...config, auth: { ...config.auth, jwtSecret } };
}

async function loadOrCreateSecret(file: string): Promise<string> {
  const secret = randomBytes(48).toString('base64url');
  try {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // made by an earlier start (or by a process starting beside this one)
  const kept = (await readFile(file, 'utf8')).trim();
  if (kept.length < MIN_LENGTH) {
    throw new Error(`${file} holds a JWT secret shorter than ${MIN_LENGTH} characters; delete it to make a new one`);
  }
  await chmod(file, 0o600);
  return kept;
}
