import type { Reporter, TestModule } from 'vitest/node';

/**
 * Closes the run with one plain line, `tests: N passed, N failed, N skipped`: the form CI and other tools read
 * as a test summary in any language (vitest's own summary is not one of the formats they know).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      // a file that failed to load has no tests to count, but it is a failure
      if (module.state() === 'failed' && ![...module.children.allTests()].length) count.failed++;
    }
    process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  }
}
