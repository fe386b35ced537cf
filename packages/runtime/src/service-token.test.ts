import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashApiKey } from '@freeface/api';
import { grpcListenHost, loadConfig } from '@freeface/config';
import { openSqliteMetadataStore } from '@freeface/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyVerifier, grpcAuthOf, withServiceToken } from './service-token.js';

// The gRPC credentials a role serves with: one service token for every process on one data dir (or one JWT
// secret), the setting when there is one; API keys looked up as the REST API does.

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ff-service-token-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the service token', () => {
  it('is the same for every process of one embedded data dir, and differs between data dirs', async () => {
    const dir = dataDir();
    const first = (await withServiceToken(loadConfig({ FREEFACE_DATA_DIR: dir }))).auth.serviceToken;
    const again = (await withServiceToken(loadConfig({ FREEFACE_DATA_DIR: dir }))).auth.serviceToken;
    const other = (await withServiceToken(loadConfig({ FREEFACE_DATA_DIR: dataDir() }))).auth.serviceToken;
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('is derived from the JWT secret in the cluster profile, unless FREEFACE_SERVICE_TOKEN says otherwise', async () => {
    const env = { FREEFACE_PROFILE: 'cluster', FREEFACE_JWT_SECRET: 'j'.repeat(40) };
    const derived = (await withServiceToken(loadConfig(env))).auth.serviceToken;
    expect(derived).toMatch(/^[\w-]{43}$/);
    expect(derived).not.toContain('jjjj');
    const set = loadConfig({ ...env, FREEFACE_SERVICE_TOKEN: 's'.repeat(32) });
    expect((await withServiceToken(set)).auth.serviceToken).toBe('s'.repeat(32));
    expect(() => loadConfig({ FREEFACE_SERVICE_TOKEN: 'short' })).toThrow(
      'FREEFACE_SERVICE_TOKEN=(hidden): expected at least 32 characters',
    );
  });

  it('binds the gRPC servers to the loopback interface in the embedded profile, to all in the cluster one', () => {
    const embedded = loadConfig({});
    const cluster = loadConfig({ FREEFACE_PROFILE: 'cluster', FREEFACE_JWT_SECRET: 'j'.repeat(40) });
    expect(grpcListenHost(embedded, embedded.extractor.host)).toBe('127.0.0.1');
    expect(grpcListenHost(embedded, embedded.cluster.host)).toBe('127.0.0.1');
    expect(grpcListenHost(cluster, cluster.extractor.host)).toBe('0.0.0.0');
    const told = loadConfig({ FREEFACE_EXTRACTOR_HOST: '0.0.0.0' });
    expect(grpcListenHost(told, told.extractor.host)).toBe('0.0.0.0');
  });
});

describe('API keys over gRPC', () => {
  it('knows the keys of the metadata store by their hash, with their role, and refuses revoked ones', async () => {
    const metadata = await openSqliteMetadataStore({ dataDir: dataDir() });
    try {
      const key = { name: 'grpcurl', role: 'viewer' as const, webhookSecret: 'w', createdAt: new Date() };
      await metadata.apiKeys.create({ ...key, id: 'k1', keyHash: hashApiKey('ffk_live'), revoked: false });
      await metadata.apiKeys.create({ ...key, id: 'k2', keyHash: hashApiKey('ffk_gone'), revoked: false });
      await metadata.apiKeys.revoke('k2');
      const verify = apiKeyVerifier(metadata);
      expect(await verify('ffk_live')).toEqual({ name: 'grpcurl', role: 'viewer' });
      expect(await verify('ffk_gone')).toBeUndefined();
      expect(await verify('ffk_unknown')).toBeUndefined();
      const config = await withServiceToken(loadConfig({ FREEFACE_SERVICE_TOKEN: 's'.repeat(32) }));
      expect(grpcAuthOf(config, metadata).serviceToken).toBe('s'.repeat(32));
    } finally {
      await metadata.close();
    }
  });
});
