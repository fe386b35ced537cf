import { describe, expect, it } from 'vitest';
import { bcubed } from './clustering-quality.js';

const items = (pairs: Array<[string, string]>) => pairs.map(([cluster, label]) => ({ cluster, label }));

describe('bcubed', () => {
  it('is 1 for the truth itself, and for no items', () => {
    expect(
      bcubed(
        items([
          ['a', 'x'],
          ['a', 'x'],
          ['b', 'y'],
        ]),
      ),
    ).toEqual({ precision: 1, recall: 1, f: 1 });
    expect(bcubed([])).toEqual({ precision: 1, recall: 1, f: 1 });
  });

  it('punishes a split in recall and a merge in precision', () => {
    // one identity split in two clusters: precision 1, recall (2/3 + 2/3 + 1/3) / 3
    const split = bcubed(
      items([
        ['a', 'x'],
        ['a', 'x'],
        ['b', 'x'],
      ]),
    );
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(5 / 9, 12);
    expect(split.f).toBeCloseTo(10 / 14, 12);
    // two identities in one cluster: recall 1, precision (2/3 + 2/3 + 1/3) / 3
    const merged = bcubed(
      items([
        ['a', 'x'],
        ['a', 'x'],
        ['a', 'y'],
      ]),
    );
    expect([merged.recall, merged.precision]).toEqual([1, expect.closeTo(5 / 9, 12)]);
  });

  it('does not care what the clusters are called', () => {
    const a = bcubed(
      items([
        ['1', 'x'],
        ['1', 'y'],
        ['2', 'y'],
      ]),
    );
    const b = bcubed(
      items([
        ['q', 'x'],
        ['q', 'y'],
        ['r', 'y'],
      ]),
    );
    expect(a).toEqual(b);
  });
});
