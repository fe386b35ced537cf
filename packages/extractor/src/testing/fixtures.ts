// Shared by the extractor tests: the real models in one folder, settings for a server on an ephemeral port.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { PROJECT_ROOT, TEST_MODELS_DIR } from '@freeface/testing';
import { runPreparationStep } from '@freeface/vision';

/** Where the tests keep the models they prepare themselves, apart from the user's models/weights. */
const PREPARED_DIR = join(PROJECT_ROOT, 'node_modules/.cache/freeface/test-models');
const SHARED_TEST_MODELS = ['retinaface-mnet025.onnx', 'mobilefacenet-128.onnx'];

/**
 * A models folder holding what the tests need and nothing else: dlib-resnet-128 prepared by the project's
 * converter into a folder of the tests' own, and the test models of the shared test data (RetinaFace,
 * MobileFaceNet), linked, not copied. What a user put in models/weights plays no part.
 */
export async function testModelsDir(): Promise<{ dir: string; remove: () => void }> {
  await runPreparationStep('dlib-resnet-128', { models: { ...loadConfig({}).models, dir: PREPARED_DIR } });
  const dir = mkdtempSync(join(tmpdir(), 'extractor-models-'));
  symlinkSync(join(PREPARED_DIR, 'dlib-resnet-128.onnx'), join(dir, 'dlib-resnet-128.onnx'));
  for (const file of SHARED_TEST_MODELS) symlinkSync(join(TEST_MODELS_DIR, file), join(dir, file));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Settings of a test extractor: loopback, a free port, the given models folder, one onnxruntime thread. */
export function testConfig(modelsDir: string, env: Record<string, string> = {}): Config {
  // the pair of the models folder above (fast); a test names others per call
  const base = loadConfig({
    FREEFACE_LOG_LEVEL: 'silent',
    FREEFACE_INTRA_OP_THREADS: '1',
    FREEFACE_MODEL_PRESET: 'fast',
    ...env,
  });
  return {
    ...base,
    models: { ...base.models, dir: modelsDir },
    extractor: { ...base.extractor, host: '127.0.0.1', port: 0 },
  };
}

export const silentLogger = () => createLogger({ name: 'extractor-test', level: 'silent' });
