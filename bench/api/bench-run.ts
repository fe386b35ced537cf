// What the server benchmarks share around their figures: clean-up however the run ends, and the load average.
import { loadavg } from 'node:os';
import { fmt } from './report.js';

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
