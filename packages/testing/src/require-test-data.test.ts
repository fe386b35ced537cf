import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './fixtures.js';

// fixtures.ts reads its settings once, at import: each case runs a small script in a child process with
// FREEFACE_TEST_DATA pointing at a temp folder, and reads back what requireTestData answered and warned.

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ff-test-data-'));
  dirs.push(dir);
  return dir;
};

interface Outcome {
  answers?: boolean[];
  error?: string;
  warnings: string[];
}

/** Runs requireTestData for each list of kinds with the data in `dataDir`, in a fresh process. */
function probe(dataDir: string, kinds: string[][], requireBackends = false): Outcome {
  const script = join(tempDir(), 'probe.ts');
  writeFileSync(
    script,
    [
      `import { requireTestData } from ${JSON.stringify(join(PROJECT_ROOT, 'packages/testing/src/fixtures.ts'))};`,
      'const warnings: string[] = [];',
      "console.warn = (...args: unknown[]) => warnings.push(args.join(' '));",
      'const answers: boolean[] = [];',
      'try {',
      `  for (const kinds of ${JSON.stringify(kinds)}) answers.push(requireTestData(...(kinds as ['faces'])));`,
      '  process.stdout.write(JSON.stringify({ answers, warnings }));',
      '} catch (e) {',
      '  process.stdout.write(JSON.stringify({ error: (e as Error).message, warnings }));',
      '}',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, FREEFACE_TEST_DATA: dataDir };
  if (requireBackends) env.FREEFACE_REQUIRE_BACKENDS = '1';
  else delete env.FREEFACE_REQUIRE_BACKENDS;
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Outcome;
}

describe('requireTestData', () => {
  it('answers true, warning nothing, when the folder holds the images and the test models', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data/faces'), { recursive: true });
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'data/faces/labels.json'), '{}');
    writeFileSync(join(dir, 'models/retinaface-mnet025.onnx'), '');
    expect(probe(dir, [['faces'], ['models'], ['faces', 'models']])).toEqual({
      answers: [true, true, true],
      warnings: [],
    });
  });

  it('answers false when they are missing, with one warning per kind saying what is missing and how to provide it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'data/faces'), { recursive: true });
    writeFileSync(join(dir, 'data/faces/labels.json'), '{}');
    const { answers, warnings } = probe(dir, [['models'], ['faces', 'models'], ['faces'], ['models']]);
    expect(answers).toEqual([false, false, true, false]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('skipping tests that need the shared test models');
    expect(warnings[0]).toContain(join(dir, 'models/retinaface-mnet025.onnx'));
    expect(warnings[0]).toMatch(/\.\.\/shared.*FREEFACE_TEST_DATA/);

    const empty = probe(tempDir(), [['faces'], ['faces']]);
    expect(empty.answers).toEqual([false, false]);
    expect(empty.warnings).toHaveLength(1);
    expect(empty.warnings[0]).toContain('skipping tests that need the shared test images');
  });

  it('throws instead under FREEFACE_REQUIRE_BACKENDS, so that CI fails', () => {
    const { answers, error, warnings } = probe(tempDir(), [['faces']], true);
    expect(answers).toBeUndefined();
    expect(error).toMatch(
      /the shared test images are not there .*FREEFACE_TEST_DATA.*FREEFACE_REQUIRE_BACKENDS is set/,
    );
    expect(warnings).toEqual([]);
  });
});
