// The contract of the vector port: every adapter's test file calls describeVectorContract with a
// function that opens a store on the same underlying data each time (same directory, same collection
// prefix), so the restart cases can close the store and open it again. Each case works in a model of
// its own, so cases and parallel runs never see each other's vectors.

import { describe } from 'vitest';
import type { VectorStore } from '../../ports/vector.port.js';
import { useStore } from './store-lifecycle.js';
import { accuracyCases } from './vector/accuracy.cases.js';
import { lifecycleCases } from './vector/lifecycle.cases.js';
import { freshModel, type VectorContext } from './vector/vectors.js';
import { writeCases } from './vector/writes.cases.js';

export interface VectorContractOptions {
  /** per-test timeout for slow backends (default: vitest's) */
  timeoutMs?: number;
}

export function describeVectorContract(
  name: string,
  open: () => Promise<VectorStore>,
  opts: VectorContractOptions = {},
): void {
  describe(`vector store contract: ${name}`, { timeout: opts.timeoutMs }, () => {
    const ctx: VectorContext = { ...useStore('vector store', open), model: freshModel };

    accuracyCases(ctx);
    writeCases(ctx);
    lifecycleCases(ctx);
  });
}
