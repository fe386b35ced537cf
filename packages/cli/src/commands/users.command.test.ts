import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '@freeface/api';
import { loadConfig } from '@freeface/config';
import { openStorage } from '@freeface/storage';
import { PROJECT_ROOT } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { freefaceArgs } from '../testing/freeface-process.js';

describe('freeface users', () => {
  it('creates a user with a role, then resets the password, on the storage of the settings', async () => {
    const env = { ...process.env, FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-users-')) };
    const users = (...args: string[]) =>
      spawnSync(process.execPath, freefaceArgs('users', ...args), {
        cwd: PROJECT_ROOT,
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
    const created = users('create', 'ops', '--role', 'operator', '--password', 'first-password-1');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('created operator ops');
    expect(users('create', 'ops').status).toBe(1); // taken
    const reset = users('reset-password', 'ops');
    expect(reset.status, reset.stderr).toBe(0);
    const password = /password: (\S+)/.exec(reset.stdout)?.[1] ?? '';
    expect(password).not.toBe('');
    const missing = users('reset-password', 'nobody', '--password', 'x');
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringContaining('nobody')]);
    expect(users('create').status).toBe(2);

    const storage = await openStorage(loadConfig(env));
    try {
      const user = await storage.metadata.users.getByUsername('ops');
      expect(user?.role).toBe('operator');
      expect(await verifyPassword(password, user?.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword('first-password-1', user?.passwordHash ?? '')).toBe(false);
    } finally {
      await storage.close();
    }
  }, 120_000);
});
