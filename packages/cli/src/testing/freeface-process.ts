import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, PROJECT_ROOT } from '@freeface/testing';

/** The freeface command's file: tests run `node --import tsx FREEFACE_BIN <command>` from PROJECT_ROOT. */
export const FREEFACE_BIN = join(PROJECT_ROOT, 'packages/cli/src/freeface.ts');

/** The arguments of node for `freeface <args>`. */
export const freefaceArgs = (...args: string[]) => ['--import', 'tsx', FREEFACE_BIN, ...args];

/** Waits until `url` answers 200, failing at once when the process `child` ends first. */
export async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`freeface exited with ${child.exitCode} before ${url} was ready`);
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

/** `freeface <args>` as a child process from PROJECT_ROOT with `env` over this one's; collects what it prints. */
export function spawnFreeface(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

/** A running `freeface start` (embedded, every role in one process) as `startEmbedded` started it. */
export interface EmbeddedFreeface {
  child: ChildProcess;
  /** what it printed so far */
  output: () => string;
  /** the REST API's base URL, `http://127.0.0.1:<port>/api/v1` */
  api: string;
  /** the extractor role's gRPC port */
  grpcPort: number;
  stop: () => void;
}

/**
 * `freeface start` as `npm start` runs it, on 127.0.0.1 and free ports, with a fresh data dir named after `name`
 * and `admin` as its first user; `env` goes over those. Resolves once it is ready; a start that fails is killed
 * and its output is in the error.
 */
export async function startEmbedded(
  name: string,
  admin: { user: string; password: string },
  env: NodeJS.ProcessEnv = {},
): Promise<EmbeddedFreeface> {
  const [apiPort, grpcPort, clusterPort] = [await freePort(), await freePort(), await freePort()];
  const { child, output } = spawnFreeface(freefaceArgs('start'), {
    FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), `ff-${name}-`)),
    FREEFACE_API_HOST: '127.0.0.1',
    FREEFACE_API_PORT: String(apiPort),
    FREEFACE_EXTRACTOR_PORT: String(grpcPort),
    FREEFACE_CLUSTER_PORT: String(clusterPort),
    FREEFACE_ADMIN_USER: admin.user,
    FREEFACE_ADMIN_PASSWORD: admin.password,
    FREEFACE_LOG_LEVEL: 'warn',
    ...env,
  });
  const stop = () => child.kill('SIGKILL');
  const api = `http://127.0.0.1:${apiPort}/api/v1`;
  try {
    await waitReady(`${api}/health/ready`, child, 180_000);
  } catch (error) {
    stop();
    throw new Error(`${(error as Error).message}\n${output()}`);
  }
  return { child, output, api, grpcPort, stop };
}
