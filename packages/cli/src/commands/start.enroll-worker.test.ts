import { spawnSync } from 'node:child_process';
import { freePort, PROJECT_ROOT } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { freefaceArgs } from '../testing/freeface-process.js';

const MAIN = freefaceArgs('start', '--roles', 'enroll-worker');

describe('freeface start --roles enroll-worker', { timeout: 120_000 }, () => {
  it('stops at start with a message naming a bad setting', () => {
    const run = spawnSync(process.execPath, MAIN, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FREEFACE_ENROLL_WORKERS: 'many', FREEFACE_ENROLL_PRIORITY_WEIGHTS: '8,4' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('async-enroll cannot start');
    expect(run.stderr).toContain('FREEFACE_ENROLL_WORKERS="many"');
    expect(run.stderr).toContain('FREEFACE_ENROLL_PRIORITY_WEIGHTS="8,4": expected four whole numbers');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses the embedded profile, whose workers run in `npm start`', async () => {
    const adminPort = await freePort();
    const run = spawnSync(process.execPath, MAIN, {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        FREEFACE_PROFILE: 'embedded',
        FREEFACE_ADMIN_PORT: String(adminPort),
        FREEFACE_API_HOST: '127.0.0.1',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('async-enroll failed to start: async-enroll runs in the cluster profile');
  });
});
