// Re-embedding: fills a new embedder's index from the stored images (each face keeps its image and box) while
// the old model keeps answering, then makes the new one active. Walks every face, passes again for the faces
// enrolled meanwhile, and only then switches; safe to run again after a crash (faces already in the new index
// with the right person are left alone).
import type { Face, FaceBox } from '@freeface/domain';
import { NotFoundError } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import type { MetadataStore, VectorIndex, VectorRecord, VectorStore } from '@freeface/storage';
import type { ImageService } from '../image.service.js';
import type { Locks } from '../locks.js';
import type { EmbedderRef, EmbedderStateStore, ReindexProgress } from './embedder-state.js';

/** The vectors of the faces at these boxes of one image, by the new embedder; undefined where none was found. */
export type Reembed = (bytes: Uint8Array, boxes: readonly FaceBox[]) => Promise<Array<Float32Array | undefined>>;

export interface ReindexDeps {
  readonly metadata: MetadataStore;
  readonly vectors: VectorStore;
  readonly images: Pick<ImageService, 'readBytes'>;
  readonly state: EmbedderStateStore;
  /** the locks of the face services: a face's vector is written under its image's, as its removal runs */
  readonly locks: Locks;
  readonly logger: Logger;
  readonly reembed: Reembed;
  /** after each page of faces, and at the end */
  readonly onProgress?: ((progress: ReindexProgress, newlyDone: number) => void) | undefined;
  /** images re-embedded at once (each waits for a slot of the analyzer's limiter as well) */
  readonly concurrency?: number | undefined;
  readonly pageSize?: number | undefined;
}

/** Passes over the faces after the first, for the faces enrolled during the one before. */
const MAX_PASSES = 5;

async function mapPool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Runs a re-embedding from `from` (active) to `to`, saving progress in the state store, and makes `to` active when
 * every face is in its index. Rejects (with the progress saved as failed) when it cannot go on.
 */
export async function runReindex(
  deps: ReindexDeps,
  from: EmbedderRef,
  to: EmbedderRef,
  signal: AbortSignal,
): Promise<ReindexProgress> {
  const [source, target] = await Promise.all([
    deps.vectors.index(from.id, from.dimension),
    deps.vectors.index(to.id, to.dimension),
  ]);
  let progress: ReindexProgress = {
    from,
    to,
    status: 'running',
    total: await source.count(),
    done: 0,
    skipped: 0,
    startedAt: new Date().toISOString(),
  };
  const save = async (change: Partial<ReindexProgress>, newlyDone = 0) => {
    progress = { ...progress, ...change };
    // faces enrolled during the run count too
    progress = { ...progress, total: Math.max(progress.total, progress.done + progress.skipped) };
    deps.onProgress?.(progress, newlyDone);
    await deps.state.write({ active: progress.status === 'completed' ? to : from, reindex: progress });
  };
  await save({});
  try {
    let pass = 0;
    for (;;) {
      signal.throwIfAborted();
      // a face skipped once is tried again by each later pass, and counted once
      const first = pass === 0;
      const counts = await onePass(deps, target, to, signal, (done, skipped, newly) =>
        save({ done: progress.done + done, skipped: first ? progress.skipped + skipped : progress.skipped }, newly),
      );
      pass++;
      if (counts.embedded === 0 || pass >= MAX_PASSES) break;
    }
    const faces = await target.count();
    await save({ status: 'completed', finishedAt: new Date().toISOString() });
    deps.logger.info(
      { from: from.id, to: to.id, faces, passes: pass },
      're-embedding completed: the new model is active',
    );
    return progress;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await save({ status: 'failed', error: message, finishedAt: new Date().toISOString() }).catch(() => undefined);
    throw error;
  }
}

/** One walk over every face: what the new index lacks is embedded, a stale person fixed. */
async function onePass(
  deps: ReindexDeps,
  target: VectorIndex,
  to: EmbedderRef,
  signal: AbortSignal,
  report: (done: number, skipped: number, newly: number) => Promise<void>,
): Promise<{ embedded: number }> {
  let embedded = 0;
  let pageToken: string | undefined;
  do {
    signal.throwIfAborted();
    const page = await deps.metadata.faces.scan({ limit: deps.pageSize ?? 100, ...(pageToken ? { pageToken } : {}) });
    pageToken = page.nextPageToken;
    const held = new Map((await target.get(page.items.map((f) => f.id))).map((r) => [r.faceId, r]));
    const stale: VectorRecord[] = [];
    const missing: Face[] = [];
    for (const face of page.items) {
      const record = held.get(face.id);
      if (!record) missing.push(face);
      else if (record.personId !== face.personId) stale.push({ ...record, personId: face.personId });
    }
    if (stale.length > 0) await target.upsert(stale);
    const byImage = new Map<string, Face[]>();
    for (const face of missing) byImage.set(face.imageId, [...(byImage.get(face.imageId) ?? []), face]);
    let done = 0;
    let skipped = 0;
    await mapPool([...byImage], deps.concurrency ?? 2, async ([imageId, faces]) => {
      signal.throwIfAborted();
      const vectors = await vectorsOf(deps, imageId, faces);
      // under the image's lock, as a removal runs: a face removed meanwhile is not put back, and one removed
      // after has its new vector removed with the rest
      const records = await deps.locks.with(`image:${imageId}`, async () => {
        const records: VectorRecord[] = [];
        for (const [i, face] of faces.entries()) {
          const vector = vectors[i];
          if (!vector) {
            skipped++;
            continue;
          }
          // the record as it is now: a move or removal since the page was read wins
          const fresh = await deps.metadata.faces.get(face.id);
          if (!fresh) continue;
          if (fresh.model !== to.id) await deps.metadata.faces.put({ ...fresh, model: to.id });
          records.push({ faceId: face.id, personId: fresh.personId, vector });
        }
        if (records.length > 0) await target.upsert(records);
        return records;
      });
      done += records.length;
    });
    embedded += done;
    await report(done, skipped, done);
  } while (pageToken);
  return { embedded };
}

async function vectorsOf(deps: ReindexDeps, imageId: string, faces: readonly Face[]) {
  let bytes: Buffer;
  try {
    bytes = await deps.images.readBytes(imageId);
  } catch (error) {
    if (error instanceof NotFoundError) {
      deps.logger.warn({ imageId, faces: faces.length }, 're-embedding: the image of these faces is gone');
      return faces.map(() => undefined);
    }
    throw error;
  }
  return deps.reembed(
    bytes,
    faces.map((f) => f.box),
  );
}
