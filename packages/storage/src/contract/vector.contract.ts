// The contract of the vector port: every adapter's test file calls describeVectorContract with a
// function that opens a store on the same underlying data each time (same directory, same collection
// prefix), so the restart cases can close the store and open it again. Each case works in a model of
// its own, so cases and parallel runs never see each other's vectors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VectorStore } from '../ports/vector.port.js';
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
    let current: VectorStore | undefined;
    const ctx: VectorContext = {
      store: () => {
        if (!current) throw new Error('the vector store is not open');
        return current;
      },
      reopen: async () => {
        const old = current;
        current = undefined;
        await old?.close();
        current = await open();
        return current;
      },
      model: freshModel,
    };

    beforeAll(async () => {
      current = await open();
    });
    afterAll(async () => {
      await current?.close();
      current = undefined;
    });

    it('answers ping', async () => {
      await expect(ctx.store().ping()).resolves.toBeUndefined();
    });

    accuracyCases(ctx);
    writeCases(ctx);
    lifecycleCases(ctx);
  });
}
