import { allSettings } from './settings.js';

/** Renders a setting's default the way it is written in an env file. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** The text of .env.sample: every setting with its default, grouped, each with what it is for. */
export function renderEnvSample(): string {
  const lines = [
    '# FreeFace settings. Every setting is an environment variable; this file lists them all with their defaults.',
    '# Copy what you change into your environment (or a .env for foreman). Regenerate: npm run env:sample',
  ];
  let group = '';
  for (const setting of allSettings()) {
    if (setting.group !== group) {
      group = setting.group;
      lines.push('', `# --- ${group} ---`);
    }
    lines.push(`# ${setting.doc}`, `${setting.env}=${formatValue(setting.schema.safeParse(undefined).data)}`);
  }
  return `${lines.join('\n')}\n`;
}
