// Reading a server's Prometheus text in the benchmarks: the sums and counts of its histograms.

export type Histograms = Map<string, { sum: number; count: number }>;

/** Sums and counts of every histogram of the Prometheus text at `url`, by metric name and labels. */
export async function histograms(url: string, headers: Record<string, string> = {}): Promise<Histograms> {
  const response = await fetch(url, { headers });
  const found: Histograms = new Map();
  for (const line of (await response.text()).split('\n')) {
    const match = /^(freeface_\w+)_(sum|count)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match) continue;
    const key = `${match[1]}${match[3] ?? ''}`;
    const entry = found.get(key) ?? { sum: 0, count: 0 };
    entry[match[2] as 'sum' | 'count'] = Number(match[4]);
    found.set(key, entry);
  }
  return found;
}

/** The sum and count of the histograms whose key `pick` takes, from `before` to `after`. */
export function histogramDelta(
  before: Histograms,
  after: Histograms,
  pick: (key: string) => boolean,
): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const [key, value] of after)
    if (pick(key)) {
      sum += value.sum - (before.get(key)?.sum ?? 0);
      count += value.count - (before.get(key)?.count ?? 0);
    }
  return { sum, count };
}
