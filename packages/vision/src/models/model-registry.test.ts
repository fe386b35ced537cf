import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTestData, TEST_MODELS_DIR } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelError } from '../vision-errors.js';
import { type ModelManifest, modelManifestSchema } from './model-manifest.schema.js';
import { DEFAULT_MANIFEST_PATH, ModelRegistry, resolveNpmFile, sha256File } from './model-registry.js';

const testModels = requireTestData('models');

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'freeface-models-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const base = ModelRegistry.load(TEST_MODELS_DIR).entry('mobilefacenet-128');
const manifestWith = (...models: ModelManifest['models']): ModelManifest => ({ version: 1, models });

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (e: unknown) => (e instanceof ModelError ? e.code : String(e)),
  );
}

describe('the project manifest', () => {
  const registry = ModelRegistry.load(TEST_MODELS_DIR);

  it('validates and lists every required model', () => {
    const ids = registry.list().map((m) => m.id);
    for (const id of [
      'retinaface-mnet025',
      'retinaface-r50',
      'blazeface-front',
      'blazeface-back',
      'dlib-resnet-128',
      'mobilefacenet-128',
      'arcface-r50-512',
      'facenet-512',
    ])
      expect(ids).toContain(id);
  });

  it('finds the BlazeFace models in their npm package and their checksums match', async () => {
    for (const id of ['blazeface-front', 'blazeface-back']) {
      const location = registry.locate(id);
      expect(location).toMatchObject({ source: 'npm', present: true });
      expect(location.path).toMatch(/node_modules\/jp\.keijiro\.mediapipe\.blazeface\/ONNX\/.+\.onnx$/);
      expect(await registry.weightsPath(id)).toBe(location.path);
    }
  });

  it.skipIf(!testModels)('finds the test models in the models folder and verifies them', async () => {
    const path = await registry.weightsPath('retinaface-mnet025');
    expect(path).toBe(join(TEST_MODELS_DIR, 'retinaface-mnet025.onnx'));
    expect(await sha256File(path)).toBe(registry.entry('retinaface-mnet025').weights.sha256);
  });

  it('says what to do about a missing model', async () => {
    const empty = ModelRegistry.load(tempDir());
    await expect(empty.weightsPath('retinaface-r50')).rejects.toThrow(/put the file at .*retinaface-r50\.onnx/);
    await expect(empty.weightsPath('dlib-resnet-128')).rejects.toThrow(/npx freeface models prepare dlib-resnet-128/);
    expect(await codeOf(empty.weightsPath('retinaface-r50'))).toBe('MODEL_MISSING');
    expect(empty.locate('retinaface-r50').present).toBe(false);
  });

  it('refuses unknown ids, naming the known ones', () => {
    expect(() => registry.entry('nope')).toThrow(/unknown model "nope"; known: .*blazeface-front/);
  });

  it('is the file the registry reads by default', () => {
    expect(DEFAULT_MANIFEST_PATH).toMatch(/models\/manifest\.json$/);
  });
});

describe('ModelRegistry', () => {
  it('refuses a file whose checksum differs, and accepts it once fixed', async () => {
    const dir = tempDir();
    const content = Buffer.from('not really a model');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const registry = new ModelRegistry(manifestWith({ ...base, id: 'x', weights: { file: 'x.onnx', sha256 } }), dir);
    writeFileSync(join(dir, 'x.onnx'), 'tampered');
    expect(await codeOf(registry.weightsPath('x'))).toBe('MODEL_CHECKSUM_MISMATCH');
    expect(await registry.weightsPath('x', { verify: false })).toBe(join(dir, 'x.onnx'));
    writeFileSync(join(dir, 'x.onnx'), content);
    expect(await registry.weightsPath('x')).toBe(join(dir, 'x.onnx'));
  });

  it('resolves npm files, scoped packages too, and misses cleanly', () => {
    expect(resolveNpmFile('zod/package.json')).toMatch(/node_modules\/zod\/package\.json$/);
    expect(resolveNpmFile('@vladmandic/face-api/package.json')).toMatch(/@vladmandic\/face-api\/package\.json$/);
    expect(resolveNpmFile('zod/no-such-file.onnx')).toBeUndefined();
    const registry = new ModelRegistry(
      manifestWith({ ...base, id: 'y', weights: { npm: 'no-such-package-xyz/m.onnx' } }),
      tempDir(),
    );
    expect(registry.locate('y')).toMatchObject({ present: false, source: 'npm' });
  });

  it('schema: refuses path tricks, bad checksums, plain http and embedders without size', () => {
    const parse = (model: unknown) => modelManifestSchema.safeParse({ version: 1, models: [model] }).success;
    expect(parse(base)).toBe(true);
    expect(parse({ ...base, weights: { file: '../../etc/passwd' } })).toBe(false);
    expect(parse({ ...base, weights: { file: 'a.onnx', sha256: 'abc' } })).toBe(false);
    expect(
      parse({ ...base, weights: { url: 'http://example.org/a.onnx', sha256: 'a'.repeat(64), file: 'a.onnx' } }),
    ).toBe(false);
    expect(
      parse({ ...base, weights: { url: 'https://example.org/a.onnx', sha256: 'a'.repeat(64), file: 'a.onnx' } }),
    ).toBe(true);
    expect(parse({ ...base, embeddingSize: undefined })).toBe(false);
    expect(modelManifestSchema.safeParse({ version: 1, models: [base, base] }).success).toBe(false);
  });
});
