import {
  type ClusterInput,
  type ClusterOutcome,
  centroidOf,
  differentPersons,
  type FaceCluster,
  type MayAbsorb,
  type Placement,
  placeFace,
  type UnknownOutcome,
} from '@freeface/domain';
import { isAutoPerson, newAutoPerson } from './auto-person.js';
import type { ClusterBook } from './cluster-book.js';
import type { ClusteringContext } from './clustering-context.js';
import { deleteIfEmpty, moveAppearances, movePersonFaces } from './person-moves.js';

export type { ClusterOutcome, UnknownOutcome };

/**
 * Incremental clustering of the faces that match no person. A face joins its cluster (domain placeFace),
 * preferring the cluster of its most similar clustered face (found in the vector index);
 * then the cluster's faces go to a person: the cluster's own, an existing person alike to it
 * (auto_associate), or a new one once the cluster has min_faces faces. Persons made by clustering and not
 * claimed since merge when their clusters become alike.
 */
export class FaceClusterer {
  /** persons seen not to be made by clustering (they never become so); others are checked before a merge */
  private readonly claimed = new Set<string>();

  constructor(private readonly ctx: ClusteringContext) {}

  /** Clusters one stored face; `vector` saves reading it back when the caller has it (face.enrolled). */
  async clusterFace(faceId: string, model: string, vector?: ArrayLike<number>): Promise<ClusterOutcome> {
    return this.ctx.books.with(model, (book) => this.place(book, faceId, vector));
  }

  /** Pending clusters go to persons where they now can (a person was enrolled, or min_faces lowered). */
  async assignUnknown(model: string): Promise<UnknownOutcome> {
    return this.ctx.books.with(model, async (book) => {
      let [associated, created, pending] = [0, 0, 0];
      for (const cluster of book.list().filter((c) => c.personId === undefined)) {
        const settled = await this.settle(book, cluster, cluster.faceIds, false);
        if (settled.personId === undefined) pending++;
        else if (settled.createdPerson) created++;
        else associated++;
      }
      return { associated, created, pending };
    });
  }

  /** A face is gone (face.deleted): its cluster loses it, the centroid recomputed from the faces left. */
  async forgetFace(faceId: string, model: string): Promise<void> {
    await this.ctx.books.with(model, (book) => this.withoutFace(book, faceId));
  }

  /**
   * Someone else moved a face (face.assigned, manual or merge): it leaves a cluster of another person, and a
   * face sent back to no person is clustered again.
   */
  async faceMoved(faceId: string, model: string, personId: string | undefined): Promise<void> {
    await this.ctx.books.with(model, async (book) => {
      const cluster = book.clusterOf(faceId);
      if (cluster && cluster.personId !== personId) await this.withoutFace(book, faceId);
      if (personId === undefined && (!cluster || cluster.personId !== undefined))
        await this.place(book, faceId, undefined);
    });
  }

  async listClusters(model: string): Promise<FaceCluster[]> {
    return this.ctx.books.with(model, async (book) =>
      book.list().sort((a, b) => b.faceIds.length - a.faceIds.length || a.id.localeCompare(b.id)),
    );
  }

  private async place(book: ClusterBook, faceId: string, given?: ArrayLike<number>): Promise<ClusterOutcome> {
    const { metadata, settings } = this.ctx;
    const holding = book.clusterOf(faceId);
    if (holding) return { faceId, status: 'already', clusterId: holding.id, ...person(holding), createdPerson: false };
    const face = await metadata.faces.get(faceId);
    if (!face || face.personId !== undefined || face.model !== book.model)
      return { faceId, status: 'skipped', createdPerson: false };
    const vector = given ?? (await this.vectorOf(book.model, faceId));
    if (!vector) return { faceId, status: 'skipped', createdPerson: false };

    const preferred = await this.clusterOfNearestFace(book, faceId, vector);
    const placement = await this.placement(book, { faceId, vector }, settings.model(book.model).threshold, preferred);
    const { cluster, absorbed } = placement;
    // clusters taken in with a person of their own: that person (made by clustering) joins the cluster's
    for (const gone of absorbed) {
      if (gone.personId !== undefined && gone.personId !== cluster.personId && cluster.personId !== undefined)
        await this.absorbPerson(book, gone.personId, cluster.personId);
    }
    const unassigned = new Set([faceId, ...absorbed.filter((c) => !c.personId).flatMap((c) => c.faceIds)]);
    const settled = await this.settle(book, cluster, [...unassigned], true);
    // after the survivor is stored: a crash in between leaves faces in two clusters, not in none
    for (const gone of absorbed) await book.drop(gone.id);
    return {
      faceId,
      status: 'clustered',
      clusterId: cluster.id,
      ...(settled.personId !== undefined ? { personId: settled.personId } : {}),
      createdPerson: settled.createdPerson,
    };
  }

  /** The cluster of the face's most similar clustered face (a vector search), if any. */
  private async clusterOfNearestFace(
    book: ClusterBook,
    faceId: string,
    vector: ArrayLike<number>,
  ): Promise<string | undefined> {
    const index = await this.ctx.vectors.index(book.model, this.ctx.settings.model(book.model).dimension);
    const hits = await index.search(Array.from(vector), NEAREST_FACES, { kind: 'all' });
    for (const hit of hits) {
      const cluster = hit.faceId === faceId ? undefined : book.clusterOf(hit.faceId);
      if (cluster) return cluster.id;
    }
    return undefined;
  }

  /** placeFace, letting persons made by clustering merge; redone when one of them turns out claimed. */
  private async placement(
    book: ClusterBook,
    face: ClusterInput,
    threshold: number,
    preferred: string | undefined,
  ): Promise<Placement> {
    const mayAbsorb: MayAbsorb = (survivor, absorbed) =>
      differentPersons(survivor, absorbed) || (absorbed.personId !== undefined && !this.claimed.has(absorbed.personId));
    for (;;) {
      const placement = placeFace(book.list(), face, {
        threshold,
        model: book.model,
        newId: this.ctx.newId,
        now: this.ctx.now(),
        mayAbsorb,
        preferred,
      });
      let redo = false;
      for (const gone of placement.absorbed) {
        if (gone.personId === undefined || gone.personId === placement.cluster.personId) continue;
        const found = await this.ctx.metadata.persons.get(gone.personId);
        if (found && !isAutoPerson(found)) {
          this.claimed.add(found.id);
          redo = true;
        }
      }
      if (!redo) return placement;
    }
  }

  /**
   * Stores the cluster with its person settled: its own (the `unassigned` faces go to it), else an existing
   * person alike to it (auto_associate), else a new person once it has min_faces faces, else none yet.
   * `changed`: the cluster differs from the stored one (otherwise it is stored only when it got a person).
   */
  private async settle(
    book: ClusterBook,
    cluster: FaceCluster,
    unassigned: readonly string[],
    changed: boolean,
  ): Promise<{ personId: string | undefined; createdPerson: boolean }> {
    const { settings, assigner, metadata } = this.ctx;
    let personId = cluster.personId;
    let createdPerson = false;
    let faceIds = unassigned;
    if (personId === undefined && settings.autoAssociate) {
      personId = (await this.ctx.persons.nearest(book.model, cluster.centroid))?.personId;
      faceIds = cluster.faceIds;
    }
    if (personId === undefined && cluster.faceIds.length >= settings.minFaces) {
      const existing = await metadata.persons.get(cluster.id); // made before a crash: that one it is
      if (!existing) await metadata.persons.create(newAutoPerson(cluster.id, this.ctx.now()));
      personId = cluster.id;
      createdPerson = !existing;
      faceIds = cluster.faceIds;
    }
    if (personId !== undefined) {
      const faces = (await assigner.facesOf(faceIds)).filter((f) => f.personId === undefined);
      await assigner.assign(book.model, faces, personId, 'cluster');
    }
    const { personId: _old, ...rest } = cluster;
    if (changed || personId !== cluster.personId)
      await book.save(personId === undefined ? rest : { ...rest, personId, updatedAt: this.ctx.now() });
    return { personId, createdPerson };
  }

  /** A person made by clustering joins another: faces, clusters, appearances; then it goes. */
  private async absorbPerson(book: ClusterBook, from: string, into: string): Promise<void> {
    await movePersonFaces(this.ctx, book, from, into, 'merge');
    await moveAppearances(this.ctx, from, into);
    if (!(await deleteIfEmpty(this.ctx, from)))
      this.ctx.logger.warn({ from, into }, 'merged person keeps faces of another model: left in place');
  }

  private async withoutFace(book: ClusterBook, faceId: string): Promise<void> {
    const cluster = book.clusterOf(faceId);
    if (!cluster) return;
    const faceIds = cluster.faceIds.filter((id) => id !== faceId);
    const vectors =
      faceIds.length === 0 ? new Map<string, ArrayLike<number>>() : await this.vectorsOf(book.model, faceIds);
    const kept = faceIds.filter((id) => vectors.has(id));
    await book.save({
      ...cluster,
      faceIds: kept,
      centroid: centroidOf(kept.map((id) => vectors.get(id) as ArrayLike<number>)),
      updatedAt: this.ctx.now(),
    });
  }

  private async vectorOf(model: string, faceId: string): Promise<ArrayLike<number> | undefined> {
    return (await this.vectorsOf(model, [faceId])).get(faceId);
  }

  private async vectorsOf(model: string, faceIds: string[]): Promise<Map<string, ArrayLike<number>>> {
    const index = await this.ctx.vectors.index(model, this.ctx.settings.model(model).dimension);
    return new Map((await index.get(faceIds)).map((r) => [r.faceId, r.vector]));
  }
}

/** faces looked at to find the cluster of the most similar one */
const NEAREST_FACES = 5;

const person = (cluster: FaceCluster) => (cluster.personId === undefined ? {} : { personId: cluster.personId });
