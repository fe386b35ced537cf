// Shared by the extractor tests: the real models in one folder, settings for a server on an ephemeral port.
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { PROJECT_ROOT, TEST_MODELS_DIR } from '@freeface/testing';
import { runPreparationStep } from '@freeface/vision';

/**
 * A models folder holding what the tests need: dlib-resnet-128 as `npm install` prepares it in the project's
 * models/weights, and the test models of ../shared/models (RetinaFace, MobileFaceNet), linked, not copied.
 */
export async function testModelsDir(): Promise<{ dir: string; remove: () => void }> {
  const projectModels = join(PROJECT_ROOT, 'models/weights');
  await runPreparationStep('dlib-resnet-128', { models: { ...loadConfig({}).models, dir: projectModels } });
  const dir = mkdtempSync(join(tmpdir(), 'extractor-models-'));
  for (const from of [projectModels, TEST_MODELS_DIR])
    for (const file of readdirSync(from).filter((f) => f.endsWith('.onnx')))
      symlinkSync(join(from, file), join(dir, file));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Settings of a test extractor: loopback, a free port, the given models folder, one onnxruntime thread. */
export function testConfig(modelsDir: string, env: Record<string, string> = {}): Config {
  const base = loadConfig({ FREEFACE_LOG_LEVEL: 'silent', FREEFACE_INTRA_OP_THREADS: '1', ...env });
  return {
    ...base,
    models: { ...base.models, dir: modelsDir },
    extractor: { ...base.extractor, host: '127.0.0.1', port: 0 },
  };
}

export const silentLogger = () => createLogger({ name: 'extractor-test', level: 'silent' });
