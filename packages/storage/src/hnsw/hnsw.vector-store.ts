// The embedded vector store: an in-process hnswlib index per model under one directory
// (<dataDir>/vectors in the embedded profile), loaded on first use and saved shortly after writes and
// on close. One process owns the directory at a time.
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { UnavailableError } from '@freeface/domain';
import { createLogger, type Logger } from '@freeface/observability';
import type { VectorIndex, VectorStore } from '../ports/vector.port.js';
import { checkModel, dimensionMismatch } from '../vector-args.js';
import type { HnswSettings } from './hnsw.persistence.js';
import { HnswVectorIndex } from './hnsw.vector-index.js';

export interface HnswVectorStoreOptions extends Partial<Omit<HnswSettings, 'dir'>> {
  /** the vectors directory, created when missing */
  dir: string;
  logger?: Logger;
}

const DEFAULTS: Omit<HnswSettings, 'dir'> = {
  m: 16,
  efConstruction: 200,
  efSearch: 200,
  exactSearchBelow: 256,
  saveDelayMs: 1000,
  initialCapacity: 1024,
};

export async function openHnswVectorStore(options: HnswVectorStoreOptions): Promise<VectorStore> {
  const { logger, ...rest } = options;
  const settings: HnswSettings = { ...DEFAULTS, ...rest };
  await mkdir(settings.dir, { recursive: true });
  return new HnswVectorStore(settings, logger ?? createLogger({ name: 'storage' }));
}

class HnswVectorStore implements VectorStore {
  private readonly indexes = new Map<string, Promise<HnswVectorIndex>>();
  private closed = false;

  constructor(
    private readonly settings: HnswSettings,
    private readonly log: Logger,
  ) {}

  async index(model: string, dimension: number): Promise<VectorIndex> {
    this.ensureOpen();
    checkModel(model, dimension);
    let opening = this.indexes.get(model);
    if (!opening) {
      opening = HnswVectorIndex.open(model, dimension, this.settings, this.log);
      this.indexes.set(model, opening);
      // a failed open is not remembered, so the next call tries again
      opening.catch(() => this.indexes.delete(model));
    }
    const index = await opening;
    if (index.dimension !== dimension) throw dimensionMismatch(model, index.dimension, dimension);
    return index;
  }

  async ping(): Promise<void> {
    this.ensureOpen();
    await access(this.settings.dir, constants.W_OK);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const opened = await Promise.allSettled(this.indexes.values());
    const results = await Promise.allSettled(
      opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value.close()] : [])),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private ensureOpen(): void {
    if (this.closed) throw new UnavailableError('the vector store is closed');
  }
}
