import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import type { Face, FaceBox } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { openStorage, type Storage } from '@freeface/storage';
import { afterEach, describe, expect, it } from 'vitest';
import { FaceService } from '../face.service.js';
import { noFaceEvents } from '../face-events.js';
import { ImageService } from '../image.service.js';
import { Locks } from '../locks.js';
import { VectorIndexes } from '../vector-indexes.js';
import { EmbedderStateStore } from './embedder-state.js';
import { runReindex } from './reindexer.js';

// The re-embedding's walk over real embedded stores (SQLite, HNSW, a folder); the new embedder is a function of
// the box here, since what is tested is which faces get a vector, not the model.

const OLD = { id: 'old-model', dimension: 4 };
const NEW = { id: 'new-model', dimension: 3 };
const logger = createLogger({ name: 'reindex-test', level: 'silent' });
const opened: Storage[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

async function world() {
  const storage = await openStorage(loadConfig({ FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-reindexer-')) }));
  opened.push(storage);
  const images = new ImageService(storage);
  const old = await storage.vectors.index(OLD.id, OLD.dimension);
  let n = 0;
  const enroll = async (personId: string | undefined, withImage = true): Promise<Face> => {
    n++;
    const imageId = `${n}`.padStart(64, '0');
    if (withImage) await images.putBytes({ id: imageId, bytes: Buffer.from(`image ${n}`), contentType: 'image/jpeg' });
    const face: Face = {
      id: `face-${n}`,
      imageId,
      model: OLD.id,
      box: { x: n, y: 0, width: 10, height: 10 },
      detectionScore: 0.9,
      quality: 1,
      createdAt: new Date(),
      ...(personId ? { personId } : {}),
    };
    await storage.metadata.faces.put(face);
    await old.upsert([{ faceId: face.id, personId, vector: [1, n, 0, 0] }]);
    return face;
  };
  const locks = new Locks(storage.cache);
  return { storage, images, enroll, locks, state: new EmbedderStateStore(storage.objects) };
}

const vectorOf = (box: FaceBox) => new Float32Array([1, box.x, 1]);

describe('runReindex', () => {
  it('fills the new index, takes in a second pass the faces enrolled during the first, then makes the new model active', async () => {
    const w = await world();
    const first = [await w.enroll('p1'), await w.enroll('p1'), await w.enroll(undefined), await w.enroll('p2')];
    const gone = await w.enroll('p2', false); // its image is missing
    const late: Face[] = [];
    let calls = 0;
    const progress = await runReindex(
      {
        metadata: w.storage.metadata,
        vectors: w.storage.vectors,
        images: w.images,
        state: w.state,
        locks: w.locks,
        logger,
        pageSize: 2,
        reembed: async (_bytes, boxes) => {
          // during the first pass: one more face enrolled, and a face moved to another person
          if (calls++ === 0) {
            late.push(await w.enroll('p3'));
            await w.storage.metadata.faces.assign(first[3]?.id as string, 'p1');
          }
          return boxes.map(vectorOf);
        },
      },
      OLD,
      NEW,
      new AbortController().signal,
    );
    expect(progress).toMatchObject({ status: 'completed', done: 5, skipped: 1, total: 6 });
    const target = await w.storage.vectors.index(NEW.id, NEW.dimension);
    const held = new Map((await target.get([...first, ...late, gone].map((f) => f.id))).map((r) => [r.faceId, r]));
    expect([...held.keys()].sort()).toEqual([...first, ...late].map((f) => f.id).sort());
    expect(held.get(first[3]?.id as string)?.personId).toBe('p1');
    expect(held.get(first[2]?.id as string)?.personId).toBeUndefined();
    for (const f of [...first, ...late]) expect((await w.storage.metadata.faces.get(f.id))?.model).toBe(NEW.id);
    expect((await w.storage.metadata.faces.get(gone.id))?.model).toBe(OLD.id);
    expect(await w.state.read()).toMatchObject({ active: NEW, reindex: { status: 'completed', to: NEW, from: OLD } });
  });

  it('stops when aborted, saved as failed, with the old model still active; a new run skips what is done', async () => {
    const w = await world();
    for (let i = 0; i < 4; i++) await w.enroll('p1');
    const abort = new AbortController();
    const deps = {
      metadata: w.storage.metadata,
      vectors: w.storage.vectors,
      images: w.images,
      state: w.state,
      locks: w.locks,
      logger,
      pageSize: 2,
      concurrency: 1,
    };
    let embedded = 0;
    const run = runReindex(
      {
        ...deps,
        reembed: async (_b, boxes) => {
          if (++embedded === 2) abort.abort(new Error('shutting down'));
          return boxes.map(vectorOf);
        },
      },
      OLD,
      NEW,
      abort.signal,
    );
    await expect(run).rejects.toThrow('shutting down');
    expect(await w.state.read()).toMatchObject({ active: OLD, reindex: { status: 'failed', error: 'shutting down' } });
    let again = 0;
    const second = await runReindex(
      {
        ...deps,
        reembed: async (_b, boxes) => {
          again += boxes.length;
          return boxes.map(vectorOf);
        },
      },
      OLD,
      NEW,
      new AbortController().signal,
    );
    expect(second.status).toBe('completed');
    expect(again).toBe(4 - embedded);
    expect(await (await w.storage.vectors.index(NEW.id, NEW.dimension)).count()).toBe(4);
  });

  it('removes a face from both models while it is re-embedded: the new index never takes it back', async () => {
    const w = await world();
    const [kept, erased, later] = [await w.enroll('p1'), await w.enroll('p2'), await w.enroll('p2')];
    // the face services as the API has them, its current embedder the old one
    const indexes = new VectorIndexes(w.storage.vectors, OLD);
    const faces = new FaceService(w.storage.metadata, indexes, w.images, w.locks, noFaceEvents);
    const progress = await runReindex(
      {
        metadata: w.storage.metadata,
        vectors: w.storage.vectors,
        images: w.images,
        state: w.state,
        locks: w.locks,
        logger,
        concurrency: 1,
        reembed: async (_bytes, boxes) => {
          // the face is removed after its image was re-embedded, before its vector is written
          if (boxes.some((b) => b.x === erased.box.x)) await faces.delete(erased.id);
          return boxes.map(vectorOf);
        },
      },
      OLD,
      NEW,
      new AbortController().signal,
    );
    expect(progress.status).toBe('completed');
    const [oldIndex, newIndex] = [
      await w.storage.vectors.index(OLD.id, OLD.dimension),
      await w.storage.vectors.index(NEW.id, NEW.dimension),
    ];
    expect(await w.storage.metadata.faces.get(erased.id)).toBeUndefined();
    expect((await newIndex.get([kept.id, erased.id, later.id])).map((r) => r.faceId).sort()).toEqual(
      [kept.id, later.id].sort(),
    );
    expect(await oldIndex.get([erased.id])).toEqual([]);

    // a face now in both indexes (the new model's, and the old one's it was enrolled in) leaves both
    expect((await oldIndex.get([later.id])).length).toBe(1);
    await faces.delete(later.id);
    expect(await newIndex.get([later.id])).toEqual([]);
    expect(await oldIndex.get([later.id])).toEqual([]);
  });
});
