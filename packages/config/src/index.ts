export { renderEnvSample } from './env-sample.js';
export { grpcListenHost } from './listen-host.js';
export { ConfigError, loadConfig, tracingRequested } from './load-config.js';
export {
  DEFAULT_MODEL_PRESET,
  FALLBACK_MODEL_PRESET,
  MODEL_PRESET_NAMES,
  MODEL_PRESETS,
  type ModelPreset,
  type ModelPresetName,
} from './model-presets.js';
export { allSettings, type Config, type Setting, settings } from './settings.js';
