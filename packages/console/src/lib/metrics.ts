// The key figures of GET /metrics: the platform's own counters and gauges, each summed over its labels.

export interface MetricFamily {
  name: string;
  help?: string;
  type: string;
  values: unknown[];
}

export interface KeyFigure {
  name: string;
  help: string;
  type: string;
  value: number;
}

export function keyFigures(families: MetricFamily[]): KeyFigure[] {
  return families
    .filter((f) => f.name.startsWith('freeface_') && (f.type === 'counter' || f.type === 'gauge'))
    .map((f) => ({
      name: f.name,
      help: f.help ?? '',
      type: f.type,
      value: f.values.reduce<number>((sum, v) => sum + Number((v as { value?: unknown }).value ?? 0), 0),
    }))
    .filter((f) => f.type === 'gauge' || f.value > 0);
}
