// The log shipper's parser against the services' real lines: `freeface start` writes them (a login, a refused
// one, a request in a trace), and each must be what Fluent Bit's settings in kubernetes/components/logging
// expect (fluent-bit itself cannot be had on this machine: no Debian package, no registry build), with every
// field of the platform mapped by the index template to a type its values fit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOtlpReceiver } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from '../../packages/cli/src/testing/freeface-process.js';
import { K8S_DIR } from './k8s-render.js';

const LOGGING = join(K8S_DIR, 'components/logging');
const read = (path: string) => readFileSync(join(LOGGING, path), 'utf8');

/** The [PARSER] section named name of a Fluent Bit parsers file, its keys lower-cased. */
function parserSection(text: string, name: string): Record<string, string> {
  for (const section of text.split(/^\[PARSER\]\s*$/m).slice(1)) {
    const entries = Object.fromEntries(
      section
        .split('\n')
        .map((line) => /^\s+(\w+)\s+(.+?)\s*$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [(m[1] as string).toLowerCase(), m[2] as string]),
    );
    if (entries.name === name) return entries;
  }
  throw new Error(`no parser ${name}`);
}

/** A Fluent Bit (strptime) time format as a regular expression of the text it reads. */
const timeFormatRegex = (format: string) =>
  new RegExp(
    `^${format
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%Y/g, '\\d{4}')
      .replace(/%[mdHMS]/g, '\\d{2}')
      .replace(/%L/g, '\\d+')
      .replace(/%z/g, '(Z|[+-]\\d{2}:?\\d{2})')}$`,
  );

type Mapping = { type?: string; properties?: Record<string, Mapping> };
const FITS: Record<string, (v: unknown) => boolean> = {
  keyword: (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  text: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  short: (v) => Number.isInteger(v) && Math.abs(v as number) < 32_768,
  long: (v) => Number.isInteger(v),
  float: (v) => typeof v === 'number',
  flattened: (v) => typeof v === 'object',
};

/** Every leaf of a parsed line as [dotted path, value]. */
const leaves = (value: unknown, path = ''): Array<[string, unknown]> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
    : [[path, value]];

const mappingOf = (properties: Record<string, Mapping>, path: string): Mapping | undefined => {
  const [head, ...rest] = path.split('.');
  const found = properties[head as string];
  if (!found || rest.length === 0) return found;
  return found.properties ? mappingOf(found.properties, rest.join('.')) : found;
};

/** The fields a FreeFace line has, that the index template and the data view are for. */
const PLATFORM_FIELDS = ['time', 'level', 'name', 'msg', 'pid', 'hostname', 'trace_id', 'span_id', 'requestId'];
const REQUEST_FIELDS = ['req.method', 'req.url', 'res.statusCode', 'responseTime'];

describe('the log shipper reads the services’ lines', () => {
  let stop: (() => void) | undefined;
  afterAll(() => stop?.());

  it('parses every line of a running freeface into fields the index template maps', { timeout: 240_000 }, async () => {
    const otlp = await startOtlpReceiver();
    stop = () => void otlp.close();
    const freeface = await startEmbedded(
      'logging',
      { user: 'admin', password: 'logging-test-password' },
      {
        FREEFACE_OTLP_ENDPOINT: otlp.endpoint,
        FREEFACE_LOG_LEVEL: 'info',
      },
    );
    stop = () => {
      freeface.stop();
      void otlp.close();
    };
    const { api, output } = freeface;
    const login = (password: string) =>
      fetch(`${api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
    expect((await login('logging-test-password')).status).toBe(200);
    expect((await login('wrong')).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 500));

    // what the container runtime writes to /var/log/containers: one line each, the JSON after "<time> <stream> F "
    const lines = output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(5);
    const parser = parserSection(read('fluent-bit/parsers.conf'), 'freeface_json');
    expect(parser.format).toBe('json');
    const filters = read('fluent-bit/freeface-filters.conf');
    expect(filters).toMatch(/^\s+Parser\s+freeface_json$/m);
    expect(filters).toMatch(/^\s+Key_Name\s+log$/m);
    const time = timeFormatRegex(parser.time_format ?? '');
    const template = JSON.parse(read('elasticsearch/index-template.json'));
    const properties = template.template.mappings.properties as Record<string, Mapping>;

    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const seen = new Set<string>();
    for (const record of parsed) {
      expect(String(record[parser.time_key ?? '']), 'the time the parser reads').toMatch(time);
      for (const [path, value] of leaves(record)) {
        seen.add(path);
        const mapping = mappingOf(properties, path);
        if (!mapping?.type || value === null || value === undefined) continue; // dynamic: strings as keywords
        const fits = FITS[mapping.type];
        expect(fits, `a test for the type ${mapping.type}`).toBeDefined();
        expect(fits?.(value), `${path}=${JSON.stringify(value)} as ${mapping.type}`).toBe(true);
      }
    }
    // the platform's fields came, each mapped, trace ids among them (the request's lines were in a trace)
    for (const field of [...PLATFORM_FIELDS, ...REQUEST_FIELDS]) {
      expect(seen.has(field), `${field} in some line`).toBe(true);
      expect(mappingOf(properties, field)?.type, `${field} in the index template`).toBeDefined();
    }
    const traced = parsed.filter((r) => typeof r.trace_id === 'string');
    expect(
      traced.every((r) => /^[0-9a-f]{32}$/.test(String(r.trace_id)) && /^[0-9a-f]{16}$/.test(String(r.span_id))),
    ).toBe(true);
  });
});
