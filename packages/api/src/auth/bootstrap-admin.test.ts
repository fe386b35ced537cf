import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { openStorage, type Storage } from '@freeface/storage';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin, initialPasswordFile } from './bootstrap-admin.js';
import { verifyPassword } from './password.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ff-bootstrap-'));
const logger = createLogger({ name: 'bootstrap-test', level: 'silent' });
const configWith = (env: Record<string, string>) => loadConfig({ FREEFACE_DATA_DIR: dataDir, ...env });
const storage: Storage = await openStorage(configWith({}));
afterAll(() => storage.close());

describe('bootstrapAdmin', () => {
  it('does nothing without the settings in the cluster profile', async () => {
    const cluster = configWith({ FREEFACE_PROFILE: 'cluster', FREEFACE_JWT_SECRET: 's'.repeat(32) });
    expect(await bootstrapAdmin({ config: cluster, storage, logger })).toBe('not configured');
    expect(await storage.metadata.users.list()).toEqual([]);
  });

  it('makes an admin with a random password once in a fresh embedded data dir, and writes it down', async () => {
    const config = loadConfig({ FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-bootstrap-gen-')) });
    const own = await openStorage(config);
    try {
      const result = await bootstrapAdmin({ config, storage: own, logger });
      if (typeof result !== 'object') throw new Error(`expected a generated admin, got ${result}`);
      const file = initialPasswordFile(config.runtime.dataDir);
      expect(readFileSync(file, 'utf8')).toBe(`${result.generated}\n`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const [admin] = await own.metadata.users.list();
      expect([admin?.username, admin?.role]).toEqual(['admin', 'admin']);
      expect(await verifyPassword(result.generated, admin?.passwordHash ?? '')).toBe(true);
      expect(await bootstrapAdmin({ config, storage: own, logger })).toBe('not configured');
    } finally {
      await own.close();
    }
  });

  it('creates the first admin once; later starts leave it, password included', async () => {
    const first = configWith({ FREEFACE_ADMIN_USER: 'root', FREEFACE_ADMIN_PASSWORD: 'first-password' });
    expect(await bootstrapAdmin({ config: first, storage, logger })).toBe('created');
    expect(await bootstrapAdmin({ config: first, storage, logger })).toBe('exists');
    const changed = configWith({ FREEFACE_ADMIN_USER: 'root', FREEFACE_ADMIN_PASSWORD: 'another-password' });
    expect(await bootstrapAdmin({ config: changed, storage, logger })).toBe('exists');
    const users = await storage.metadata.users.list();
    expect(users.map((u) => [u.username, u.role])).toEqual([['root', 'admin']]);
    expect(await verifyPassword('first-password', users[0]?.passwordHash ?? '')).toBe(true);
  });

  it('is safe when replicas start side by side', async () => {
    const config = configWith({ FREEFACE_ADMIN_USER: 'twin', FREEFACE_ADMIN_PASSWORD: 'twin-password' });
    const results = await Promise.all([1, 2, 3].map(() => bootstrapAdmin({ config, storage, logger })));
    expect(results.filter((r) => r === 'created')).toHaveLength(1);
    expect((await storage.metadata.users.list()).filter((u) => u.username === 'twin')).toHaveLength(1);
  });
});
