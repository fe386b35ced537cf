import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openFolderObjectStore } from './folder/folder.object-store.js';
import { openHnswVectorStore } from './hnsw/hnsw.vector-store.js';
import { openSqliteMetadataStore } from './sqlite/sqlite.metadata-store.js';

const root = await mkdtemp(join(tmpdir(), 'freeface-private-'));
afterAll(() => rm(root, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('embedded storage files', () => {
  it('are 0600 under 0700 directories: the data dir, vectors (HNSW), objects and the database', async () => {
    const dataDir = join(root, 'data');
    const previous = process.umask(0o022); // the usual umask, which alone would give 0644 and 0755
    try {
      const metadata = await openSqliteMetadataStore({ dataDir });
      const vectors = await openHnswVectorStore({ dir: join(dataDir, 'vectors'), saveDelayMs: 0 });
      const objects = await openFolderObjectStore({ dir: join(dataDir, 'objects') });
      const index = await vectors.index('model-a', 4);
      await index.upsert([{ faceId: 'f1', personId: 'p1', vector: [1, 0, 0, 0] }]);
      await objects.put('images/ab/cd/abcd', Buffer.from('bytes'), 'image/jpeg');
      await vectors.close(); // saves the graph and its sidecar
      await objects.close();
      await metadata.close();
    } finally {
      process.umask(previous);
    }
    const files = [...filesUnder(dataDir)].map((f) => f.path);
    expect(files.some((f) => f.endsWith('.hnsw'))).toBe(true);
    expect(files.some((f) => f.endsWith('model-a.json'))).toBe(true);
    expect(files.some((f) => f.endsWith('metadata.sqlite'))).toBe(true);
    expect(files.map((f) => [f, mode(f).toString(8)])).toEqual(files.map((f) => [f, '600']));
    for (const dir of [
      dataDir,
      join(dataDir, 'vectors'),
      join(dataDir, 'objects'),
      join(dataDir, 'objects/images/ab/cd'),
    ]) {
      expect([dir, mode(dir).toString(8)]).toEqual([dir, '700']);
    }
  });
});
