import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';
import { DEFAULT_MODEL_PRESET, FALLBACK_MODEL_PRESET, MODEL_PRESET_NAMES, MODEL_PRESETS } from './model-presets.js';

describe('model presets', () => {
  it('default to accurate (yunet + sface), with fast as the fallback while no setting chose the models', () => {
    const { models } = loadConfig({});
    expect(models.preset).toBe(DEFAULT_MODEL_PRESET);
    expect([models.detector, models.embedder]).toEqual(['yunet-2023mar', 'sface-2021dec']);
    expect(models.fallbackPreset).toBe(FALLBACK_MODEL_PRESET);
    expect(MODEL_PRESETS[FALLBACK_MODEL_PRESET]).toMatchObject({
      detector: 'blazeface-back',
      embedder: 'dlib-resnet-128',
    });
  });

  it.each([
    ['FREEFACE_MODEL_PRESET', 'accurate'],
    ['FREEFACE_DETECTOR', 'yunet-2023mar'],
    ['FREEFACE_EMBEDDER', 'sface-2021dec'],
  ])('no fallback once %s chose the models', (name, value) => {
    expect(loadConfig({ [name]: value }).models.fallbackPreset).toBeUndefined();
  });

  it.each(MODEL_PRESET_NAMES)('%s names its detector and embedder', (name) => {
    const { models } = loadConfig({ FREEFACE_MODEL_PRESET: name });
    expect({ detector: models.detector, embedder: models.embedder }).toEqual({
      detector: MODEL_PRESETS[name].detector,
      embedder: MODEL_PRESETS[name].embedder,
    });
  });

  it('accurate is YuNet + SFace: models a fresh install has, none non-commercial', () => {
    expect(MODEL_PRESETS.accurate).toMatchObject({ detector: 'yunet-2023mar', embedder: 'sface-2021dec' });
    for (const name of MODEL_PRESET_NAMES) expect(MODEL_PRESETS[name].detector).not.toMatch(/scrfd/);
  });

  it('FREEFACE_DETECTOR and FREEFACE_EMBEDDER override one side of the preset', () => {
    const detector = loadConfig({ FREEFACE_MODEL_PRESET: 'accurate', FREEFACE_DETECTOR: 'retinaface-mnet025' });
    expect([detector.models.detector, detector.models.embedder]).toEqual(['retinaface-mnet025', 'sface-2021dec']);
    const embedder = loadConfig({ FREEFACE_EMBEDDER: 'dlib-resnet-128' });
    expect([embedder.models.detector, embedder.models.embedder]).toEqual(['yunet-2023mar', 'dlib-resnet-128']);
  });

  it('refuses an unknown preset, naming the known ones', () => {
    expect(() => loadConfig({ FREEFACE_MODEL_PRESET: 'turbo' })).toThrow(ConfigError);
    expect(() => loadConfig({ FREEFACE_MODEL_PRESET: 'turbo' })).toThrow(/fast, balanced, accurate/);
  });
});
