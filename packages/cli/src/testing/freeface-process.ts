import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@freeface/testing';

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
