// One model's embedded index: an hnswlib graph in cosine space plus the maps hnswlib does not keep
// (numeric label <-> face id, person of each face), snapshotted together by hnsw.files.ts. A write is
// appended to the change log (hnsw.change-log.ts) and flushed before it is applied, and the log is replayed
// on open; the whole index is written again only now and then (after snapshotChanges changes or snapshotMs,
// soon after a delete, and on close), never on every write burst.
//
// Filters: a filter turns into the set of labels it allows. A small set (a person's faces, usually)
// is scored exactly against the stored vectors; a large one goes to hnswlib's filtered search, whose
// callback skips the other labels while the graph is walked. hnswlib's filtered search keeps walking
// until it holds ef allowed candidates, so for a tiny allowed set it would visit the whole graph
// through a JS callback per node: the exact path avoids that.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { UnavailableError } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import type { VectorFilter, VectorIndex, VectorMatch, VectorRecord } from '../ports/vector.port.js';
import { SerialQueue } from '../serial-queue.js';
import { type CheckedRecord, checkFaceIds, checkFilter, checkK, checkRecords, checkVector } from '../vector-args.js';
import { ChangeLog, type LoggedChange, readChangeLog } from './hnsw.change-log.js';
import { logName } from './hnsw.files.js';
import {
  type HnswGraph,
  type HnswSettings,
  loadGraph,
  newGraph,
  type SavedIndex,
  saveIndex,
} from './hnsw.persistence.js';

/** vectors inserted between two yields to the event loop */
const YIELD_EVERY = 64;

interface Face {
  faceId: string;
  personId: string | undefined;
}

export class HnswVectorIndex implements VectorIndex {
  private readonly faces = new Map<number, Face>();
  private readonly labels = new Map<string, number>();
  private readonly byPerson = new Map<string, Set<number>>();
  private readonly unassigned = new Set<number>();
  private readonly queue = new SerialQueue();
  private nextLabel = 0;
  private generation = 0;
  private dirty = false;
  private changeLog: ChangeLog | undefined;
  /** whole bytes of the current log file (0: none yet); where the next append goes */
  private logBytes = 0;
  /** changes in the log since the last snapshot */
  private changes = 0;
  private firstChangeAt = 0;
  private saveTimer: NodeJS.Timeout | undefined;
  private saveDueAt = 0;
  private lastSaveMs = 0;
  private lastSavedAt = 0;
  private closed = false;

  private constructor(
    readonly model: string,
    readonly dimension: number,
    private readonly graph: HnswGraph,
    private readonly settings: HnswSettings,
    private readonly log: Logger,
  ) {}

  /** Loads the model's last snapshot from settings.dir and replays its log, or creates (and saves) an empty index. */
  static async open(model: string, dimension: number, settings: HnswSettings, log: Logger): Promise<HnswVectorIndex> {
    const saved = await loadGraph(settings, model);
    if (saved) {
      const index = new HnswVectorIndex(model, saved.sidecar.dimension, saved.graph, settings, log);
      index.generation = saved.sidecar.generation;
      index.nextLabel = saved.sidecar.nextLabel;
      for (const [label, faceId, personId] of saved.sidecar.faces) index.remember(label, faceId, personId ?? undefined);
      await index.replay();
      return index;
    }
    const index = new HnswVectorIndex(model, dimension, newGraph(settings, dimension), settings, log);
    index.dirty = true;
    await index.flush();
    return index;
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    this.ensureOpen();
    const checked = checkRecords(this.model, this.dimension, records);
    if (checked.length === 0) return;
    await this.queue.run(async () => {
      await this.append(checked.map((record) => ({ op: 'upsert', record })));
      try {
        await this.apply(checked);
      } finally {
        this.changed(checked.length, false);
      }
    });
  }

  private async apply(records: readonly CheckedRecord[]): Promise<void> {
    this.reserve(records.filter((r) => !this.labels.has(r.faceId)).length);
    for (let i = 0; i < records.length; i++) {
      // hnswlib inserts on this thread (about 1 ms a vector): let other work in between chunks
      if (i > 0 && i % YIELD_EVERY === 0) await setImmediate();
      this.insert(records[i] as CheckedRecord);
    }
  }

  private insert({ faceId, personId, values }: CheckedRecord): void {
    const existing = this.labels.get(faceId);
    if (existing === undefined) {
      const label = this.nextLabel++;
      // replaceDeleted: the slot of a deleted face is reused rather than the graph growing
      this.graph.addPoint(values, label, true);
      this.remember(label, faceId, personId);
    } else {
      // an existing label is updated in place (hnswlib re-links its neighbours)
      this.graph.addPoint(values, existing, false);
      this.forget(existing);
      this.remember(existing, faceId, personId);
    }
  }

  async delete(faceIds: string[]): Promise<void> {
    this.ensureOpen();
    const ids = checkFaceIds(faceIds);
    await this.queue.run(async () => {
      const present = ids.filter((faceId) => this.labels.has(faceId));
      if (present.length === 0) return;
      await this.append(present.map((faceId) => ({ op: 'delete', faceId })));
      for (const faceId of present) this.remove(faceId);
      this.changed(present.length, true);
    });
  }

  private remove(faceId: string): void {
    const label = this.labels.get(faceId);
    if (label === undefined) return;
    // hnswlib keeps a deleted point's vector in the graph (and the saved file) until its slot is
    // reused: overwrite it with noise first, so an erased face's embedding is gone from memory and disk
    this.graph.addPoint(noise(this.dimension), label, false);
    this.graph.markDelete(label);
    this.forget(label);
  }

  async get(faceIds: string[]): Promise<VectorRecord[]> {
    this.ensureOpen();
    const ids = checkFaceIds(faceIds);
    return ids.flatMap((faceId) => {
      const label = this.labels.get(faceId);
      const face = label === undefined ? undefined : this.faces.get(label);
      if (label === undefined || !face) return [];
      const vector = this.graph.getPoint(label);
      return [face.personId === undefined ? { faceId, vector } : { faceId, personId: face.personId, vector }];
    });
  }

  async search(
    vector: Float32Array | number[],
    k: number,
    filter: VectorFilter = { kind: 'all' },
  ): Promise<VectorMatch[]> {
    this.ensureOpen();
    checkK(k);
    const query = checkVector(this.model, this.dimension, vector);
    const allowed = this.allowedLabels(checkFilter(filter));
    const candidates = allowed ? allowed.size : this.faces.size;
    if (candidates === 0) return [];
    const limit = Math.min(k, candidates);
    if (allowed && allowed.size <= this.settings.exactSearchBelow) return this.exactSearch(query, limit, allowed);
    this.graph.setEf(Math.max(this.settings.efSearch, limit));
    const found = this.graph.searchKnn(query, limit, allowed ? (label) => allowed.has(label) : undefined);
    return found.neighbors.map((label, i) => this.match(label, 1 - (found.distances[i] as number)));
  }

  async count(): Promise<number> {
    this.ensureOpen();
    return this.faces.size;
  }

  /** Snapshots what is left and refuses any later call. */
  async close(): Promise<void> {
    if (this.closed) return;
    // refuse new calls at once; writes already queued still run, and the flush (queued after them) saves them
    this.closed = true;
    try {
      await this.flush();
    } finally {
      await this.queue.run(() => this.closeLog());
    }
  }

  /** Snapshots now if anything changed since the last snapshot; waits for writes queued before it. */
  flush(): Promise<void> {
    this.clearSaveTimer();
    return this.queue.run(async () => {
      if (!this.dirty) return;
      const started = performance.now();
      // the new graph holds every change of the log: once it is committed, the log goes
      await this.closeLog();
      this.generation = await saveIndex(this.settings, this.snapshot(), this.graph);
      this.dirty = false;
      this.logBytes = 0;
      this.changes = 0;
      this.lastSavedAt = performance.now();
      this.lastSaveMs = this.lastSavedAt - started;
    });
  }

  /** Replays the log of the loaded snapshot: what was written after it, up to the last whole record. */
  private async replay(): Promise<void> {
    const path = join(this.settings.dir, logName(this.model, this.generation));
    const { changes, validBytes, tornBytes } = await readChangeLog(path, this.dimension);
    if (tornBytes > 0)
      this.log.warn({ model: this.model, tornBytes }, 'the vector change log ends in a torn record: dropped');
    this.logBytes = validBytes;
    let erased = false;
    for (let i = 0; i < changes.length; ) {
      // consecutive upserts go in together, as they were written
      const records: CheckedRecord[] = [];
      for (let c = changes[i]; c?.op === 'upsert'; c = changes[++i]) records.push(c.record);
      if (records.length > 0) await this.apply(records);
      const change = changes[i];
      if (change?.op === 'delete') {
        this.remove(change.faceId);
        erased = true;
        i++;
      }
    }
    if (changes.length > 0) this.changed(changes.length, erased);
  }

  /** Write-ahead: the changes are on the disk before the graph sees them. */
  private async append(changes: LoggedChange[]): Promise<void> {
    if (!this.changeLog) {
      const path = join(this.settings.dir, logName(this.model, this.generation));
      this.changeLog = await ChangeLog.open(path, this.settings.dir, this.dimension, this.logBytes);
    }
    await this.changeLog.append(changes);
    this.logBytes = this.changeLog.bytes;
  }

  private async closeLog(): Promise<void> {
    const log = this.changeLog;
    this.changeLog = undefined;
    await log?.close();
  }

  private ensureOpen(): void {
    if (this.closed) throw new UnavailableError(`the vector index of model ${this.model} is closed`);
  }

  /**
   * Snapshot policy: after snapshotChanges changes, snapshotMs after the first change, or saveDelayMs after a
   * delete (its embedding must leave the log), but never so often that more than a tenth of the time goes to
   * snapshots. Close snapshots what is left.
   */
  private changed(count: number, erased: boolean): void {
    const now = performance.now();
    if (this.changes === 0) this.firstChangeAt = now;
    this.dirty = true;
    this.changes += count;
    if (this.closed) return;
    const { saveDelayMs, snapshotChanges, snapshotMs } = this.settings;
    const earliest = this.lastSavedAt + 10 * this.lastSaveMs;
    const due = Math.max(
      earliest,
      Math.min(
        erased && saveDelayMs >= 0 ? now + saveDelayMs : Number.POSITIVE_INFINITY,
        this.changes >= snapshotChanges ? now : Number.POSITIVE_INFINITY,
        snapshotMs >= 0 ? this.firstChangeAt + snapshotMs : Number.POSITIVE_INFINITY,
      ),
    );
    if (!Number.isFinite(due) || (this.saveTimer && this.saveDueAt <= due)) return;
    this.clearSaveTimer();
    this.saveDueAt = due;
    this.saveTimer = setTimeout(
      () => {
        this.saveTimer = undefined;
        this.flush().catch((error: unknown) =>
          this.log.error(
            { err: error, model: this.model },
            'snapshotting the vector index failed; the log keeps the changes, retrying on the next write',
          ),
        );
      },
      Math.max(0, due - now),
    );
    this.saveTimer.unref();
  }

  private clearSaveTimer(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  private snapshot(): SavedIndex {
    return {
      model: this.model,
      dimension: this.dimension,
      generation: this.generation,
      nextLabel: this.nextLabel,
      faces: [...this.faces].map(([label, f]) => [label, f.faceId, f.personId ?? null]),
    };
  }

  /** Grows the graph ahead of a batch; doubling keeps the number of (copying) resizes logarithmic. */
  private reserve(added: number): void {
    const needed = this.graph.getCurrentCount() + added;
    const capacity = this.graph.getMaxElements();
    if (needed > capacity) this.graph.resizeIndex(Math.max(needed, capacity * 2));
  }

  private allowedLabels(filter: VectorFilter): Set<number> | undefined {
    if (filter.kind === 'all') return undefined;
    if (filter.kind === 'unassigned') return this.unassigned;
    return this.byPerson.get(filter.personId) ?? new Set();
  }

  private exactSearch(query: number[], k: number, labels: Set<number>): VectorMatch[] {
    const norm = Math.hypot(...query);
    const scored: [number, number][] = [];
    for (const label of labels) {
      // cosine space stores vectors normalised, so a dot product with the normalised query is the cosine
      const stored = this.graph.getPoint(label);
      let dot = 0;
      for (let i = 0; i < stored.length; i++) dot += (stored[i] as number) * (query[i] as number);
      scored.push([label, dot / norm]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    return scored.slice(0, k).map(([label, similarity]) => this.match(label, similarity));
  }

  private match(label: number, similarity: number): VectorMatch {
    const face = this.faces.get(label);
    if (!face) throw new Error(`vector index ${this.model}: label ${label} has no face (index and sidecar disagree)`);
    return face.personId === undefined
      ? { faceId: face.faceId, similarity }
      : { faceId: face.faceId, personId: face.personId, similarity };
  }

  private remember(label: number, faceId: string, personId: string | undefined): void {
    this.faces.set(label, { faceId, personId });
    this.labels.set(faceId, label);
    if (personId === undefined) this.unassigned.add(label);
    else {
      const set = this.byPerson.get(personId) ?? new Set<number>();
      set.add(label);
      this.byPerson.set(personId, set);
    }
  }

  private forget(label: number): void {
    const face = this.faces.get(label);
    if (!face) return;
    this.faces.delete(label);
    this.labels.delete(face.faceId);
    if (face.personId === undefined) this.unassigned.delete(label);
    else {
      const set = this.byPerson.get(face.personId);
      set?.delete(label);
      if (set?.size === 0) this.byPerson.delete(face.personId);
    }
  }
}

/** A random unit vector: what an erased face's slot holds until it is reused. */
function noise(dimension: number): number[] {
  const values = Array.from({ length: dimension }, () => Math.random() - 0.5);
  const norm = Math.hypot(...values) || 1;
  return values.map((v) => v / norm);
}
