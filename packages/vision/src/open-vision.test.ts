import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { describe, expect, it } from 'vitest';
import { ModelRegistry } from './models/model-registry.js';
import { chooseModels } from './open-vision.js';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'ff-choose-'));

describe('chooseModels', () => {
  it('falls back to fast, saying why, when the default preset is not prepared (no pip at install)', () => {
    const config = loadConfig({});
    const { models, choice } = chooseModels(config, ModelRegistry.load(emptyDir()));
    expect([models.detector, models.embedder]).toEqual(['blazeface-back', 'dlib-resnet-128']);
    expect(choice).toMatch(/^preset fast: the default accurate's yunet-2023mar and sface-2021dec not prepared/);
    // the answer is checked again the same way (startProcess, then openVision)
    expect(chooseModels({ models }, ModelRegistry.load(emptyDir())).models).toEqual(models);
  });

  it('runs the default when its models are there', () => {
    const dir = emptyDir();
    for (const id of ['yunet-2023mar', 'sface-2021dec']) copyFileSync(__filename, join(dir, `${id}.onnx`));
    const { models, choice } = chooseModels(loadConfig({}), ModelRegistry.load(dir));
    expect([models.detector, models.embedder]).toEqual(['yunet-2023mar', 'sface-2021dec']);
    expect(choice).toBe('preset accurate, the default');
  });

  it('never falls back from what a setting chose: a missing model stops the start instead', () => {
    const config = loadConfig({ FREEFACE_MODEL_PRESET: 'accurate' });
    const { models, choice } = chooseModels(config, ModelRegistry.load(emptyDir()));
    expect(models.embedder).toBe('sface-2021dec');
    expect(choice).toBe('preset accurate, as the settings choose');
  });
});
