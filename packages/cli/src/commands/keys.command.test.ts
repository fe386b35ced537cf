import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { loadConfig } from '@freeface/config';
import { createKeyring, openObjectAdapter, openObjectStore, sealObjectStore } from '@freeface/storage';
import { PROJECT_ROOT } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { freefaceArgs } from '../testing/freeface-process.js';

const readAll = async (body: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
};

describe('freeface keys rotate', () => {
  it('re-wraps objects of the previous key and seals those in clear; then the new key alone reads all', async () => {
    const [oldKey, newKey] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-keys-'));
    const env = { ...process.env, FREEFACE_DATA_DIR: dataDir };
    const objects = { clear: randomBytes(3000), old: randomBytes(5000) };
    const raw = await openObjectAdapter(loadConfig(env));
    await raw.put('images/clear', objects.clear, 'image/jpeg');
    await sealObjectStore(raw, createKeyring(oldKey)).put('images/old', objects.old, 'image/png');
    await raw.close();

    const keys = (extra: Record<string, string>, ...args: string[]) =>
      spawnSync(process.execPath, freefaceArgs('keys', ...args), {
        cwd: PROJECT_ROOT,
        env: { ...env, ...extra },
        encoding: 'utf8',
        timeout: 60_000,
      });
    expect(keys({}, 'rotate').status).toBe(1); // no key set
    expect(keys({ FREEFACE_ENCRYPTION_KEY: newKey }, 'spin').status).toBe(2);
    const rotated = keys({ FREEFACE_ENCRYPTION_KEY: newKey, FREEFACE_ENCRYPTION_PREVIOUS_KEYS: oldKey }, 'rotate');
    expect(rotated.status, rotated.stderr).toBe(0);
    expect(rotated.stdout).toContain('re-wrapped 1, sealed 1 stored in clear, 0 already current');

    const store = await openObjectStore(loadConfig({ ...env, FREEFACE_ENCRYPTION_KEY: newKey }));
    try {
      for (const [name, bytes] of Object.entries(objects)) {
        const found = await store.get(`images/${name}`);
        expect((await readAll(found?.body as Readable)).equals(bytes), name).toBe(true);
      }
    } finally {
      await store.close();
    }
    const again = keys({ FREEFACE_ENCRYPTION_KEY: newKey }, 'rotate');
    expect(again.stdout).toContain('re-wrapped 0, sealed 0 stored in clear, 2 already current');
  }, 120_000);
});
