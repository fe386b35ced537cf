import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { type RunningProcess, startProcess } from '@freeface/runtime';
import { freePort, PROJECT_ROOT, requireAvailable } from '@freeface/testing';
import { ModelRegistry } from '@freeface/vision';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReindexCommand } from './reindex-command.js';

// The command against a real API process (the api role, embedded, no faces yet): it starts the run, follows it
// to the end and tells the status; the re-embedding itself is tested in @freeface/api (routes/models.routes.test.ts).

const sface = requireAvailable(
  'model sface-2021dec',
  ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')).locate('sface-2021dec').present,
  'is not prepared: run npx freeface models prepare sface-2021dec',
);
const lines = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
};

describe.skipIf(!sface)('freeface reindex', () => {
  let running: RunningProcess;
  let key: string;
  let url: string;
  const config = async () =>
    loadConfig({
      FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-reindex-cli-')),
      FREEFACE_MODELS_DIR: join(PROJECT_ROOT, 'models/weights'),
      FREEFACE_MODEL_PRESET: 'fast',
      FREEFACE_API_HOST: '127.0.0.1',
      FREEFACE_API_PORT: String(await freePort()),
      FREEFACE_ADMIN_USER: 'admin',
      FREEFACE_ADMIN_PASSWORD: 'admin-password-123',
      FREEFACE_LOG_LEVEL: 'silent',
    });

  beforeAll(async () => {
    const settings = await config();
    running = await startProcess({ config: settings, roles: ['api'] });
    url = `http://127.0.0.1:${settings.api.port}/api/v1`;
    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin-password-123' }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const made = await fetch(`${url}/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'reindex', role: 'admin' }),
    });
    key = ((await made.json()) as { data: { key: string } }).data.key;
  }, 120_000);
  afterAll(() => running?.close());

  it('starts a run into the embedder named, follows it to the end, then tells the status', async () => {
    const run = lines();
    const code = await runReindexCommand(
      ['--api-key', key, '--url', url, '--embedder', 'sface-2021dec'],
      loadConfig({}),
      run.io,
      50,
    );
    expect(run.err).toEqual([]);
    expect(code).toBe(0);
    expect(run.out.at(-1)).toBe('dlib-resnet-128 -> sface-2021dec: completed, 0 of 0 faces');
    const status = lines();
    expect(await runReindexCommand(['--api-key', key, '--url', url, '--status'], loadConfig({}), status.io)).toBe(0);
    expect(status.out).toEqual(['dlib-resnet-128 -> sface-2021dec: completed, 0 of 0 faces']);
    // sface is active now: into it again is a conflict, said as the API says it
    const again = lines();
    expect(
      await runReindexCommand(
        ['--api-key', key, '--url', url, '--embedder', 'sface-2021dec'],
        loadConfig({}),
        again.io,
      ),
    ).toBe(1);
    expect(again.err[0]).toMatch(/^reindex failed: 409 CONFLICT: sface-2021dec is the active embedder already/);
  });

  it('refuses to run without an admin credential, and a wrong one is the API’s 401', async () => {
    const none = lines();
    expect(await runReindexCommand(['--url', url], loadConfig({}), none.io)).toBe(2);
    expect(none.err[0]).toMatch(/needs an admin credential/);
    const wrong = lines();
    expect(await runReindexCommand(['--api-key', 'nope', '--url', url, '--status'], loadConfig({}), wrong.io)).toBe(1);
    expect(wrong.err[0]).toMatch(/^reindex failed: 401/);
  });
});
