// The two vector backends of bench:scale behind one shape: open a store (with a given efSearch), what the
// backend holds in memory, and the backend's own "save" and "load" steps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '@freeface/config';
import {
  createMilvusClient,
  hnswSettingsOf,
  openHnswVectorStore,
  openMilvusVectorStore,
  type VectorStore,
} from '@freeface/storage';

export interface ScaleBackend {
  readonly name: string;
  open(efSearch: number): Promise<VectorStore>;
  /** resident memory of what holds the index, MB */
  rssMb(): number;
  /** makes what was written durable and searchable at its best: returns a description of the step */
  settle(store: VectorStore, model: string): Promise<string>;
  /** opens the index again as a restart would, from what `settle` left */
  reload(model: string, efSearch: number): Promise<VectorStore>;
  cleanUp(): Promise<void>;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

export function hnswBackend(config: Config, dimension: number): ScaleBackend {
  const dir = mkdtempSync(join(tmpdir(), 'ff-bench-scale-'));
  const open = (efSearch: number) =>
    openHnswVectorStore({ dir, ...hnswSettingsOf(config), efSearch, logger: undefined });
  return {
    name: 'embedded hnswlib',
    open,
    rssMb: () => mb(process.memoryUsage().rss),
    async settle(store) {
      await store.close(); // the snapshot at shutdown
      return 'snapshot at close';
    },
    async reload(model, efSearch) {
      const store = await open(efSearch);
      await store.index(model, dimension);
      return store;
    },
    async cleanUp() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Resident memory of the Milvus Lite server listening on `port` (its command line names the port), so that another
 * Milvus on the machine, such as the one the tests use, is not counted.
 */
function milvusRssMb(port: string): number {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
  let kb = 0;
  for (const line of out.split('\n')) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    const args = match?.[2] ?? '';
    if (match && /milvus/i.test(args) && args.includes(`--port ${port}`)) kb += Number(match[1]);
  }
  return kb / 1024;
}

export function milvusBackend(config: Config, dimension: number, prefix: string): ScaleBackend {
  // flushing and indexing a large collection takes minutes: well past the client's default deadline
  const client = createMilvusClient(config, { timeoutMs: 30 * 60_000 });
  const open = (efSearch: number) => openMilvusVectorStore(config, { collectionPrefix: prefix, efSearch });
  const collections = new Set<string>();
  return {
    name: 'Milvus Lite',
    open,
    rssMb: () => milvusRssMb(/:(\d+)\/?$/.exec(config.milvus.address)?.[1] ?? '19530'),
    async settle(store, model) {
      const name = `${prefix}_${model.replace(/[^A-Za-z0-9_]/g, '_')}`;
      collections.add(name);
      await client.flushSync({ collection_names: [name] });
      // searches are at their best once the HNSW index covers every row
      // (describeIndex, not getIndexBuildProgress: Milvus Lite answers that one with an empty message)
      for (;;) {
        const [index] = (await client.describeIndex({ collection_name: name, field_name: 'embedding' }))
          .index_descriptions;
        if (index?.state === 'Failed') throw new Error(`${name}: index build failed: ${index.index_state_fail_reason}`);
        if (index?.state === 'Finished' && Number(index.indexed_rows) >= Number(index.total_rows)) break;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      await store.close();
      return 'flush + index built';
    },
    async reload(model, efSearch) {
      const name = `${prefix}_${model.replace(/[^A-Za-z0-9_]/g, '_')}`;
      await client.releaseCollection({ collection_name: name });
      const store = await open(efSearch);
      await store.index(model, dimension); // loads the collection again
      return store;
    },
    async cleanUp() {
      for (const name of collections) await client.dropCollection({ collection_name: name }).catch(() => {});
      await client.closeConnection();
    },
  };
}
