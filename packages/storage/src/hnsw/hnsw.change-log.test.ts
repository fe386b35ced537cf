// The embedded index's change log: writes survive a crash without a snapshot, a torn tail is dropped (and
// cut off before the next append), deletes are replayed, and snapshots come after N changes or a delete.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from '@freeface/testing';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { VectorRecord } from '../ports/vector.port.js';
import { faceId, freshModel, ids, personId, randomUnitVector } from '../testing/contract/vector/vectors.js';
import { openHnswVectorStore } from './hnsw.vector-store.js';

const root = mkdtempSync(join(tmpdir(), 'freeface-hnsw-log-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** snapshots only on close: whatever a test reads back without closing came from the log */
const NO_SNAPSHOT = { saveDelayMs: -1, snapshotMs: -1, snapshotChanges: 1_000_000 };
const DIMENSION = 8;
const random = seeded(11);
const records = (n: number): VectorRecord[] =>
  Array.from({ length: n }, () => ({
    faceId: faceId(),
    personId: personId(),
    vector: randomUnitVector(random, DIMENSION),
  }));

/** A store on `dir` opened as a restarted process would (the first one is left open: it "crashed"). */
async function reopened(dir: string, model: string) {
  const store = await openHnswVectorStore({ dir, ...NO_SNAPSHOT });
  return { store, index: await store.index(model, DIMENSION) };
}

async function found(index: Awaited<ReturnType<typeof reopened>>['index'], wanted: VectorRecord[]) {
  const hits = await Promise.all(wanted.map(async (r) => ids(await index.search(r.vector, 1))[0] === r.faceId));
  return hits.filter(Boolean).length;
}

const files = (dir: string, suffix: string) => readdirSync(dir).filter((n) => n.endsWith(suffix));

describe('embedded hnswlib: the change log', () => {
  it('keeps writes made since the last snapshot, in a 0600 log, without rewriting the graph', async () => {
    const dir = join(root, 'no-snapshot');
    const model = freshModel();
    const crashed = await openHnswVectorStore({ dir, ...NO_SNAPSHOT });
    const index = await crashed.index(model, DIMENSION);
    const graphBefore = files(dir, '.hnsw');
    const written = records(40);
    for (let i = 0; i < written.length; i += 10) await index.upsert(written.slice(i, i + 10));
    // no snapshot was taken: the same graph file, and the sidecar names none of the faces
    expect(files(dir, '.hnsw')).toEqual(graphBefore);
    expect(readFileSync(join(dir, `${model}.json`), 'utf8')).not.toContain(written[0]?.faceId);
    const [log] = files(dir, '.log');
    expect(statSync(join(dir, log as string)).mode & 0o777).toBe(0o600);

    const { store, index: again } = await reopened(dir, model);
    expect(await again.count()).toBe(40);
    expect(await found(again, written)).toBe(40);
    const [one] = await again.get([written[3]?.faceId as string]);
    expect(one?.personId).toBe(written[3]?.personId);
    await store.close();
  });

  it('drops a torn last record, and appends after the last whole one', async () => {
    const dir = join(root, 'torn');
    const model = freshModel();
    const crashed = await openHnswVectorStore({ dir, ...NO_SNAPSHOT });
    const index = await crashed.index(model, DIMENSION);
    const [first, second] = [records(5), records(1)];
    await index.upsert(first);
    await index.upsert(second);
    const log = join(dir, files(dir, '.log')[0] as string);
    truncateSync(log, statSync(log).size - 7); // the crash cut the last record short

    const restarted = await reopened(dir, model);
    expect(await restarted.index.count()).toBe(5);
    expect(await found(restarted.index, first)).toBe(5);
    expect(await restarted.index.get([second[0]?.faceId as string])).toEqual([]);
    const third = records(3);
    await restarted.index.upsert(third); // "crashes" again, leaving garbage after it
    appendFileSync(log, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));

    const { store, index: last } = await reopened(dir, model);
    expect(await last.count()).toBe(8);
    expect(await found(last, [...first, ...third])).toBe(8);
    await store.close();
  });

  it('replays deletes: a face deleted after the snapshot stays deleted', async () => {
    const dir = join(root, 'deletes');
    const model = freshModel();
    const [kept, deleted] = [records(6), records(4)];
    const first = await openHnswVectorStore({ dir, ...NO_SNAPSHOT });
    await (await first.index(model, DIMENSION)).upsert([...kept, ...deleted]);
    await first.close(); // the snapshot holds all ten
    expect(files(dir, '.log')).toEqual([]);

    const crashed = await openHnswVectorStore({ dir, ...NO_SNAPSHOT });
    const index = await crashed.index(model, DIMENSION);
    await index.delete(deleted.map((r) => r.faceId));
    const moved = { ...(kept[0] as VectorRecord), personId: personId() };
    await index.upsert([moved]);

    const { store, index: again } = await reopened(dir, model);
    expect(await again.count()).toBe(6);
    expect(await again.get(deleted.map((r) => r.faceId))).toEqual([]);
    expect(ids(await again.search((deleted[0] as VectorRecord).vector, 10))).not.toContain(deleted[0]?.faceId);
    expect(ids(await again.search(moved.vector, 1, { kind: 'person', personId: moved.personId as string }))).toEqual([
      moved.faceId,
    ]);
    await store.close();
  });

  it('snapshots after snapshotChanges changes, and then starts a new log', async () => {
    const dir = join(root, 'every-n');
    const model = freshModel();
    const store = await openHnswVectorStore({ dir, ...NO_SNAPSHOT, snapshotChanges: 5 });
    const index = await store.index(model, DIMENSION);
    const written = records(5);
    await index.upsert(written);
    // polled, not slept: the snapshot runs on a timer, later on a loaded machine
    await vi.waitFor(
      () => {
        expect(readFileSync(join(dir, `${model}.json`), 'utf8')).toContain(written[4]?.faceId);
        expect(files(dir, '.log')).toEqual([]);
      },
      { timeout: 10_000 },
    );
    await index.upsert(records(1));
    expect(files(dir, '.log')).toHaveLength(1);
    const { store: other, index: again } = await reopened(dir, model);
    expect(await again.count()).toBe(6);
    await other.close();
    await store.close();
  });

  it("snapshots soon after a delete, so the log no longer holds the erased face's embedding", async () => {
    const dir = join(root, 'erasure');
    const model = freshModel();
    const store = await openHnswVectorStore({ dir, ...NO_SNAPSHOT, saveDelayMs: 20 });
    const index = await store.index(model, 64);
    // entries of ±1/8: unit length, so the float32 bytes of the vector appear as they are wherever it is stored
    const signs = () => Array.from({ length: 64 }, () => (random() < 0.5 ? -0.125 : 0.125));
    const erased = { faceId: faceId(), vector: signs() };
    await index.upsert([erased, { faceId: faceId(), vector: signs() }]);
    const bytes = Buffer.from(new Float32Array(erased.vector).buffer);
    const anyFileHolds = () => readdirSync(dir).some((n) => readFileSync(join(dir, n)).includes(bytes));
    expect(anyFileHolds()).toBe(true); // the log holds it now
    await index.delete([erased.faceId]);
    await vi.waitFor(() => expect(anyFileHolds()).toBe(false), { timeout: 10_000 });
    await store.close();
  });
});
