// Prints every setting, resolved from the environment and the defaults, as shell exports.
// scripts/backends.sh evaluates it so that ports and keys have one source: the settings schema.
import { formatValue } from './env-sample.js';
import { loadConfig } from './load-config.js';
import { allSettings } from './settings.js';

const config = loadConfig() as unknown as Record<string, Record<string, unknown>>;
const quote = (v: string) => `'${v.replaceAll("'", `'\\''`)}'`;
const lines = allSettings()
  .filter(({ group, key }) => config[group]?.[key] !== undefined)
  .map(({ env, group, key }) => `export ${env}=${quote(formatValue(config[group]?.[key]))}`);
process.stdout.write(`${lines.join('\n')}\n`);
