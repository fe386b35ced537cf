// Timing helpers shared by the benchmarks.

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Runs each function `repeats` times, the functions taking turns (after one warm-up each) so that a busy machine
 * slows them alike and their ratios stay meaningful; returns the ms of every timed run, in order. `onResult` sees
 * every timed result (not the warm-up's).
 */
export async function timeInTurns<K extends string>(
  runs: Record<K, () => Promise<unknown>>,
  repeats: number,
  onResult: (key: K, result: unknown) => void = () => {},
): Promise<Record<K, number[]>> {
  const entries = Object.entries(runs) as Array<[K, () => Promise<unknown>]>;
  const times = Object.fromEntries(entries.map(([key]) => [key, [] as number[]])) as Record<K, number[]>;
  for (const [, run] of entries) await run();
  for (let i = 0; i < repeats; i++)
    for (const [key, run] of entries) {
      const start = performance.now();
      const result = await run();
      times[key].push(performance.now() - start);
      onResult(key, result);
    }
  return times;
}

/** The value under which `p` percent of `values` lie (nearest rank); NaN when there are none. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
