// The metric names the services really export, and the metric names a PromQL expression reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractorMetrics } from '@freeface/extractor';
import { Metrics } from '@freeface/observability';
import { PROJECT_ROOT } from '@freeface/testing';
import { createTestApi } from '../../packages/api/src/testing/test-api.js';

const SERIES_SUFFIXES: Record<string, string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/** Series names of a Prometheus text exposition, from its TYPE lines (metrics with no sample yet count too). */
export function seriesNames(exposition: string): string[] {
  return exposition.split('\n').flatMap((line) => {
    const [, name, type] = /^# TYPE (\S+) (\S+)/.exec(line) ?? [];
    if (!name || !type) return [];
    return (SERIES_SUFFIXES[type] ?? ['']).map((suffix) => name + suffix);
  });
}

/** What GET /api/v1/metrics/prometheus of the real API answers a viewer. */
export async function apiServerExposition(): Promise<string> {
  const api = await createTestApi();
  try {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/v1/metrics/prometheus',
      headers: await api.headersFor('viewer'),
    });
    if (response.statusCode !== 200) throw new Error(`metrics: ${response.statusCode} ${response.body}`);
    return response.body;
  } finally {
    await api.close();
  }
}

/** The extractor's registry as its role builds it: process metrics and the extractor's own. */
export async function extractorExposition(): Promise<string> {
  const metrics = new Metrics('extractor');
  extractorMetrics(metrics);
  return metrics.text();
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|fixtures)\.ts$/.test(entry.name) ? [path] : [];
  });

/**
 * Metrics that the other services and packages register with a literal name (metrics.counter('x', ...)),
 * read from their sources: the Kafka workers register theirs when their process starts, which a test cannot.
 */
export function registeredInSources(): string[] {
  const roots = ['packages'].flatMap((top) =>
    readdirSync(join(PROJECT_ROOT, top)).map((name) => join(PROJECT_ROOT, top, name, 'src')),
  );
  const call = /\.(counter|gauge|histogram)(?:<[^>]*>)?\(\s*['"`]([a-z_:][a-z0-9_:]*)['"`]/g;
  return roots.flatMap((root) => {
    let files: string[];
    try {
      files = sourceFiles(root);
    } catch {
      return [];
    }
    return files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(call)].flatMap(([, kind, name]) =>
        (SERIES_SUFFIXES[kind as string] ?? ['']).map((suffix) => `freeface_${name}${suffix}`),
      ),
    );
  });
}

/** Names Prometheus makes itself for every target. */
export const SYNTHETIC = ['up', 'scrape_duration_seconds', 'scrape_samples_scraped'];

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
]);

/** The metric names a PromQL expression selects (Grafana's $variables allowed). */
export function metricsOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // strings
    .replace(/\$\{?\w+\}?/g, '1') // Grafana variables
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\[[^\]]*\]/g, '') // ranges and subqueries
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // label lists
    .replace(/(^|[^\w.])\d+(\.\d+)?(e[+-]?\d+)?/gi, '$1'); // numbers
  const names: string[] = [];
  for (const match of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const rest = bare.slice((match.index ?? 0) + match[0].length).trimStart();
    if (rest.startsWith('(') || KEYWORDS.has(match[0])) continue; // a function or a keyword
    names.push(match[0]);
  }
  return names;
}

/** The metric a Grafana variable query lists labels of: label_values(metric{...}, label). */
export const metricOfVariable = (query: string) => /label_values\(\s*([a-zA-Z_:][\w:]*)/.exec(query)?.[1];
