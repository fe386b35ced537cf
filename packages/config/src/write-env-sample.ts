// npm run env:sample: writes .env.sample at the project root from the settings schema.
import { writeFileSync } from 'node:fs';
import { renderEnvSample } from './env-sample.js';

const target = new URL('../../../.env.sample', import.meta.url);
writeFileSync(target, renderEnvSample());
console.log(`wrote ${target.pathname}`);
