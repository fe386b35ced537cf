import { FALLBACK_MODEL_PRESET, MODEL_PRESETS, type ModelPresetName } from './model-presets.js';
import { allSettings, type Config } from './settings.js';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates every FREEFACE_* setting. The only place in the project that reads the environment.
 * Throws a ConfigError naming each bad variable and what it expects.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const config: Record<string, Record<string, unknown>> = {};
  const known = new Set<string>();

  for (const setting of allSettings()) {
    known.add(setting.env);
    const raw = env[setting.env];
    const input = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
    const parsed = setting.schema.safeParse(input);
    if (parsed.success) {
      config[setting.group] ??= {};
      (config[setting.group] as Record<string, unknown>)[setting.key] = parsed.data;
    } else {
      const shown = setting.secret ? '(hidden)' : JSON.stringify(raw);
      problems.push(`${setting.env}=${shown}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
    }
  }

  for (const name of Object.keys(env)) {
    if (name.startsWith('FREEFACE_') && !known.has(name)) {
      problems.push(`${name}: unknown setting (see .env.sample for every setting)`);
    }
  }

  if (problems.length === 0) problems.push(...crossChecks(config as unknown as Config));
  if (problems.length > 0) throw new ConfigError(problems);
  const chosen = ['MODEL_PRESET', 'DETECTOR', 'EMBEDDER'].some((name) => Boolean(env[`FREEFACE_${name}`]?.trim()));
  resolveModels(config.models ?? {}, chosen);
  return config as unknown as Config;
}

/**
 * Whether the settings ask for traces (FREEFACE_OTLP_ENDPOINT set), read on its own before the rest of a process
 * loads: the OpenTelemetry instrumentations must patch modules before they load, and cost CPU on every request
 * and every require when nothing collects their spans, so the freeface command switches them on only then.
 */
export function tracingRequested(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.FREEFACE_OTLP_ENDPOINT?.trim());
}

/**
 * FREEFACE_DETECTOR and FREEFACE_EMBEDDER override one side of the FREEFACE_MODEL_PRESET pair. When none of the
 * three is set, the default preset may fall back (models.fallbackPreset) to one whose models every install has.
 */
function resolveModels(models: Record<string, unknown>, chosen: boolean): void {
  const preset = MODEL_PRESETS[models.preset as ModelPresetName];
  models.detector ??= preset.detector;
  models.embedder ??= preset.embedder;
  if (!chosen && models.preset !== FALLBACK_MODEL_PRESET) models.fallbackPreset = FALLBACK_MODEL_PRESET;
}

function crossChecks(config: Config): string[] {
  const problems: string[] = [];
  if (config.runtime.profile === 'cluster' && !config.auth.jwtSecret) {
    problems.push(
      'FREEFACE_JWT_SECRET: required when FREEFACE_PROFILE=cluster (every replica must sign with the same secret)',
    );
  }
  if (Boolean(config.auth.adminUser) !== Boolean(config.auth.adminPassword)) {
    problems.push('FREEFACE_ADMIN_USER and FREEFACE_ADMIN_PASSWORD: set both or neither');
  }
  return problems;
}
