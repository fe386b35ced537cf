// A real api-server process for the API benchmark: `freeface start` (what `npm start` runs) with the environment given, on loopback; waits until it is ready and stops it for sure.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const FREEFACE = ['--import', 'tsx', 'packages/cli/src/freeface.ts', 'start'];
/** lines of the server's output kept to explain a failed start */
const TAIL_LINES = 40;

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class ServerProcess {
  private readonly tail: string[] = [];
  private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exit: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (chunk: Buffer) => {
        this.tail.push(...chunk.toString().split('\n').filter(Boolean));
        this.tail.splice(0, Math.max(0, this.tail.length - TAIL_LINES));
      });
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exited = { code, signal };
        resolve();
      }),
    );
    // the bench ending any way at all must not leave the server behind
    process.once('exit', () => this.kill('SIGKILL'));
  }

  /** Starts the server in `cwd` (the project root) with exactly this environment (and `args` to `freeface start`). */
  static start(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[] = []): ServerProcess {
    const child = spawn(process.execPath, [...FREEFACE, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return new ServerProcess(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Polls `url` until it answers 200; throws with the server's last lines when it exits or takes too long. */
  async waitUntilReady(url: string, timeoutMs: number): Promise<number> {
    const start = performance.now();
    while (performance.now() - start < timeoutMs) {
      if (this.exited) throw this.failure(`exited (${this.exited.code ?? this.exited.signal}) before it was ready`);
      try {
        if ((await fetch(url)).status === 200) return performance.now() - start;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw this.failure(`not ready after ${timeoutMs} ms`);
  }

  /** SIGTERM (the server closes its stores), then SIGKILL when it has not exited within `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.exited) return;
    this.kill('SIGTERM');
    const timer = sleep(graceMs).then(() => 'timeout' as const);
    if ((await Promise.race([this.exit, timer])) === 'timeout') {
      this.kill('SIGKILL');
      await this.exit;
    }
  }

  private kill(signal: NodeJS.Signals): void {
    if (!this.exited && this.child.pid !== undefined) this.child.kill(signal);
  }

  private failure(what: string): Error {
    return new Error(`api-server ${what}; its last output:\n${this.tail.join('\n')}`);
  }
}

/**
 * The environment of a benchmarked server: the caller's, with a fresh data dir, free loopback ports for every
 * listener the embedded all-in-one may open, a first admin, a rate limit out of the way, and quiet logs.
 */
export async function serverEnv(
  base: NodeJS.ProcessEnv,
  dataDir: string,
  admin: { username: string; password: string },
): Promise<{ env: NodeJS.ProcessEnv; apiPort: number }> {
  // asked for together, so that all four are bound at once and differ
  const [apiPort, extractorPort, adminPort, clusterPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const env: NodeJS.ProcessEnv = {
    ...base,
    FREEFACE_PROFILE: 'embedded',
    FREEFACE_DATA_DIR: dataDir,
    FREEFACE_API_HOST: '127.0.0.1',
    FREEFACE_API_PORT: String(apiPort),
    FREEFACE_ADMIN_PORT: String(adminPort),
    FREEFACE_EXTRACTOR_HOST: '127.0.0.1',
    FREEFACE_EXTRACTOR_PORT: String(extractorPort),
    FREEFACE_EXTRACTOR_ADDRESS: `127.0.0.1:${extractorPort}`,
    FREEFACE_CLUSTER_PORT: String(clusterPort),
    FREEFACE_CLUSTER_ADDRESS: `127.0.0.1:${clusterPort}`,
    FREEFACE_ADMIN_USER: admin.username,
    FREEFACE_ADMIN_PASSWORD: admin.password,
    FREEFACE_RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
    FREEFACE_LOG_LEVEL: 'warn',
  };
  return { env, apiPort };
}
