// What the server benchmarks share around their figures: clean-up however the run ends, and the load average.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { type Config, loadConfig } from '@freeface/config';
import { fmt } from './report.js';
import { serverEnv } from './server-process.js';

/** The machine's load averages (1, 5, 15 min), to read the figures against. */
export const loadAverage = (): string =>
  loadavg()
    .map((l) => fmt(l, 2))
    .join(' ');

/** Runs the benchmark, then `cleanUp`, also when it fails or is interrupted (SIGINT, SIGTERM: exit 130). */
export async function runThenCleanUp(run: () => Promise<void>, cleanUp: () => Promise<void>): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    await run();
  } finally {
    await cleanUp();
  }
}

/** The settings of a benchmark's server: free ports, a fresh admin, the data dir; prints the load average first. */
export async function benchServer(dataDir: string): Promise<{
  admin: { username: string; password: string };
  env: NodeJS.ProcessEnv;
  apiPort: number;
  config: Config;
}> {
  const admin = { username: 'bench-admin', password: randomBytes(12).toString('hex') };
  const { env, apiPort } = await serverEnv(process.env, dataDir, admin);
  console.log(`load average before: ${loadAverage()} (2 cores here are shared)`);
  return { admin, env, apiPort, config: loadConfig(env) };
}
