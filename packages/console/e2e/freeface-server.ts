// A real `freeface start` (embedded profile, every role) for the browser tests: free loopback ports, a
// temporary data dir, a known first admin. Stopped with SIGTERM, its data dir removed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreefaceClient, type FreefaceClient } from '@freeface/client';
import { freePort, PROJECT_ROOT } from '@freeface/testing';

export const E2E_ADMIN = { username: 'admin', password: 'console-e2e-admin-pw' };

export interface FreefaceServer {
  baseUrl: string;
  /** its data dir (FREEFACE_DATA_DIR): the SQLite metadata store a test may write a state into */
  dataDir: string;
  /** the REST client as the admin (for setting up what a test needs beside what it does in the browser) */
  admin: FreefaceClient;
  output(): string;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`freeface exited with ${child.exitCode}:\n${output()}`);
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${output()}`);
}

export async function startFreeface(): Promise<FreefaceServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'freeface-console-e2e-'));
  const [api, admin, extractor, cluster] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    FREEFACE_PROFILE: 'embedded',
    FREEFACE_DATA_DIR: dataDir,
    FREEFACE_API_HOST: '127.0.0.1',
    FREEFACE_API_PORT: String(api),
    FREEFACE_ADMIN_PORT: String(admin),
    FREEFACE_EXTRACTOR_HOST: '127.0.0.1',
    FREEFACE_EXTRACTOR_PORT: String(extractor),
    FREEFACE_EXTRACTOR_ADDRESS: `127.0.0.1:${extractor}`,
    FREEFACE_CLUSTER_HOST: '127.0.0.1',
    FREEFACE_CLUSTER_PORT: String(cluster),
    FREEFACE_CLUSTER_ADDRESS: `127.0.0.1:${cluster}`,
    FREEFACE_ADMIN_USER: E2E_ADMIN.username,
    FREEFACE_ADMIN_PASSWORD: E2E_ADMIN.password,
    FREEFACE_LOG_LEVEL: 'warn',
  };
  // what `npm start` runs: the freeface command's start
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/freeface.ts', 'start'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const output = () => log;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${api}`;
  try {
    await waitReady(`${baseUrl}/api/v1/health/ready`, child, output, 180_000);
    const login = await createFreefaceClient({ baseUrl }).POST('/api/v1/auth/login', { body: E2E_ADMIN });
    const token = login.data?.data.access_token;
    if (!token) throw new Error(`the admin could not log in: ${JSON.stringify(login.error)}`);
    return { baseUrl, dataDir, admin: createFreefaceClient({ baseUrl, token }), output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
