// The API benchmark's table.
import type { LoadFigures } from './http-load.js';

/** A run and, for the runs that analyze an image, the in-process FaceAnalyzer.analyze ms of it just before. */
export type Row = LoadFigures & { referenceMs?: number };

export const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '-');

export function printTable(rows: readonly Row[]): void {
  const header = [
    'request',
    'conns',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'failed',
    'loop delay p99/max ms',
    'analyze ms',
    'p50 / analyze',
  ];
  const lines = rows.map((r) => [
    r.name,
    String(r.connections),
    String(r.requests),
    fmt(r.perSecond, 0),
    fmt(r.p50),
    fmt(r.p99),
    String(r.failed),
    `${fmt(r.loopDelay.p99, 0)} / ${fmt(r.loopDelay.max, 0)}`,
    r.referenceMs === undefined ? '' : fmt(r.referenceMs),
    // at more than one connection p50 also holds the wait behind the other requests: no overhead ratio there
    r.referenceMs === undefined || r.connections > 1 ? '' : `${fmt(r.p50 / r.referenceMs, 2)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log(`\n${row(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(row(line));
}
