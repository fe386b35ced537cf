import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { describe, expect, it } from 'vitest';
import { JWT_SECRET_FILE, withJwtSecret } from './jwt-secret.js';

const embedded = (dataDir: string, env: Record<string, string> = {}) =>
  loadConfig({ FREEFACE_DATA_DIR: dataDir, ...env });

describe('the JWT secret', () => {
  it('is made once in the embedded data dir, readable by the owner only, and read back at the next start', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ff-jwt-')), 'not-yet-made');
    const first = await withJwtSecret(embedded(dataDir));
    const file = join(dataDir, JWT_SECRET_FILE);
    expect(first.auth.jwtSecret?.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.auth.jwtSecret);
    const second = await withJwtSecret(embedded(dataDir));
    expect(second.auth.jwtSecret).toBe(first.auth.jwtSecret);
  });

  it('is the setting when one is given, and then no file is made', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-jwt-'));
    const secret = 'a-secret-from-the-settings-0123456789';
    const config = await withJwtSecret(embedded(dataDir, { FREEFACE_JWT_SECRET: secret }));
    expect(config.auth.jwtSecret).toBe(secret);
    expect(() => statSync(join(dataDir, JWT_SECRET_FILE))).toThrow();
  });

  it('refuses a kept secret too short to be safe, saying what to do', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-jwt-'));
    writeFileSync(join(dataDir, JWT_SECRET_FILE), 'short\n');
    await expect(withJwtSecret(embedded(dataDir))).rejects.toThrow(/shorter than 32 characters; delete it/);
  });
});
