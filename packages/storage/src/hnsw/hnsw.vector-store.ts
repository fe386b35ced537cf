// The embedded vector store: an in-process hnswlib index per model under one directory
// (<dataDir>/vectors in the embedded profile), loaded on first use; each write goes to its change log at
// once, and the whole index is snapshotted now and then and on close. One process owns the directory at a time.
import { constants } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { createLogger, type Logger } from '@freeface/observability';
import { ModelIndexes } from '../model-indexes.js';
import type { VectorIndex, VectorStore } from '../ports/vector.port.js';
import { makePrivateDir } from '../private-files.js';
import { readSidecar } from './hnsw.files.js';
import type { HnswSettings } from './hnsw.persistence.js';
import { HnswVectorIndex } from './hnsw.vector-index.js';

export interface HnswVectorStoreOptions extends Partial<Omit<HnswSettings, 'dir'>> {
  /** the vectors directory, created when missing */
  dir: string;
  logger?: Logger;
}

const DEFAULTS: Omit<HnswSettings, 'dir'> = {
  // the settings' defaults (FREEFACE_VECTOR_*), measured in bench:scale; see README "A million faces"
  m: 32,
  efConstruction: 200,
  efSearch: 800,
  exactSearchBelow: 256,
  saveDelayMs: 1000,
  snapshotChanges: 10_000,
  snapshotMs: 600_000,
  initialCapacity: 1024,
};

export async function openHnswVectorStore(options: HnswVectorStoreOptions): Promise<VectorStore> {
  const { logger, ...rest } = options;
  const settings: HnswSettings = { ...DEFAULTS, ...rest };
  await makePrivateDir(settings.dir);
  return new HnswVectorStore(settings, logger ?? createLogger({ name: 'storage' }));
}

class HnswVectorStore implements VectorStore {
  private readonly indexes: ModelIndexes<HnswVectorIndex>;

  constructor(
    private readonly settings: HnswSettings,
    log: Logger,
  ) {
    this.indexes = new ModelIndexes((model, dimension) => HnswVectorIndex.open(model, dimension, settings, log));
  }

  index(model: string, dimension: number): Promise<VectorIndex> {
    return this.indexes.get(model, dimension);
  }

  /** the models with a sidecar in the directory (an index is saved as it opens) */
  async existing(): Promise<VectorIndex[]> {
    this.indexes.ensureOpen();
    const models = (await readdir(this.settings.dir)).flatMap((name) =>
      name.endsWith('.json') ? [name.slice(0, -'.json'.length)] : [],
    );
    const found: VectorIndex[] = [];
    for (const model of models) {
      const sidecar = await readSidecar(this.settings.dir, model);
      if (sidecar) found.push(await this.indexes.get(model, sidecar.dimension));
    }
    return found;
  }

  async ping(): Promise<void> {
    this.indexes.ensureOpen();
    await access(this.settings.dir, constants.W_OK);
  }

  async close(): Promise<void> {
    const opened = await this.indexes.close();
    const results = await Promise.allSettled((opened ?? []).map((index) => index.close()));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
