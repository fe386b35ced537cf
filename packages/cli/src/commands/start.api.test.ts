import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { freefaceArgs } from '../testing/freeface-process.js';

describe('freeface start (api-server)', { timeout: 120_000 }, () => {
  it('stops at start with a message naming a bad setting and what it expects', () => {
    const run = spawnSync(process.execPath, freefaceArgs('start'), {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FREEFACE_API_PORT: 'http', FREEFACE_PROFILE: 'cloud' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('api-server cannot start');
    expect(run.stderr).toContain('FREEFACE_API_PORT="http": expected a port number');
    expect(run.stderr).toContain('FREEFACE_PROFILE="cloud": expected one of: embedded, cluster');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
