// npm run gen:client: the OpenAPI document of the REST API and the TypeScript types of its paths, written to
// packages/client/src/generated/. The API is built in-process (the embedded composition over a temporary data
// folder, no listening server, no backends) and its document read with fastify's app.swagger(); openapi-typescript
// turns it into the types openapi-fetch checks every call against. Its test (src/generated.test.ts) runs it into a
// temporary folder and fails when the committed files differ, so a changed route must be regenerated in the same
// commit.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApi } from '@freeface/api/testing';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the generated files are committed. */
export const GENERATED_DIR = join(ROOT, 'packages/client/src/generated');

const HEADER =
  '// Generated from the OpenAPI document of the REST API by `npm run gen:client` (packages/client/scripts/gen-client.ts,\n' +
  '// openapi-typescript). Do not edit: change the routes and regenerate; src/generated.test.ts fails when this is stale.\n';

/** The OpenAPI document the API serves at /docs/json, built in-process. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const api = await createTestApi({ FREEFACE_LOG_LEVEL: 'silent' });
  try {
    await api.app.ready();
    return api.app.swagger() as OpenAPI3;
  } finally {
    await api.close();
  }
}

/** The files generated from a document, by name. */
export async function clientFiles(doc: OpenAPI3): Promise<Record<string, string>> {
  const types = astToString(await openapiTS(doc, { alphabetize: false }));
  return {
    'openapi.json': `${JSON.stringify(doc, null, 2)}\n`,
    'openapi.ts': HEADER + types,
  };
}

/** Generates the files into `outDir` (emptied first) and returns their names, sorted. */
export async function generateClient(outDir: string): Promise<string[]> {
  const files = await clientFiles(await openApiDocument());
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), text);
  }
  return readdirSync(outDir).sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await generateClient(GENERATED_DIR);
  console.log(`${written.join(', ')} in ${relative(ROOT, GENERATED_DIR)}`);
}
