// The console has no backdoor: its code reaches the server only through the generated REST client, made in
// one place with the user's token.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map((f) => ({ file: relative(SRC, join(SRC, f)), text: readFileSync(join(SRC, f), 'utf8') }));

describe('the console sources', () => {
  it('call no fetch, XMLHttpRequest, WebSocket or EventSource of their own', () => {
    const raw = sources.filter(({ text }) => /\bfetch\(|XMLHttpRequest|new WebSocket|new EventSource/.test(text));
    expect(raw.map((s) => s.file)).toEqual([]);
  });

  it('make the REST client in one place, api/client.ts', () => {
    const makers = sources.filter(({ text }) => /createFreefaceClient|from 'openapi-fetch'/.test(text));
    expect(makers.map((s) => s.file)).toEqual(['api/client.ts']);
  });
});
