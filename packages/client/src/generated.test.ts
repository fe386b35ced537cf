import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientFiles, GENERATED_DIR, openApiDocument } from '../scripts/gen-client.js';

// The committed src/generated/ is what `npm run gen:client` makes from the API's routes today, byte for byte.

describe('generated client types', () => {
  it('are what the API documents: when this fails, run `npm run gen:client` and commit the result', async () => {
    const files = await clientFiles(await openApiDocument());
    expect(readdirSync(GENERATED_DIR).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8') === text, `${name} is stale`).toBe(true);
    }
  }, 120_000);
});
