import { defineConfig } from 'vitest/config';

// the web console's server plugin and browser tests sit beside its app (serve/, e2e/), not in its src
const files = [
  'packages/*/src/**/*.test.ts',
  'packages/console/serve/**/*.test.ts',
  'packages/console/e2e/**/*.test.ts',
  'test/**/*.test.ts',
];
/** Tests that disturb the shared backends (e.g. restart the Kafka broker): run alone, after all the others. */
const exclusive = ['packages/*/src/**/*.exclusive.test.ts', 'test/**/*.exclusive.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Backend suites share real servers; files run in parallel, tests in a file in order.
    pool: 'forks',
    // vitest's summary, then one plain `tests: N passed, N failed, N skipped` line (test/summary-reporter.ts)
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: files, exclude: exclusive, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'exclusive', include: exclusive, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
