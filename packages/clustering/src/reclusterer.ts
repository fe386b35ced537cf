import { clusterFaces, type Face, type FaceCluster, type FaceGroup, type ReclusterReport } from '@freeface/domain';
import { isAutoPerson, newAutoPerson } from './auto-person.js';
import type { ClusterBook } from './cluster-book.js';
import type { ClusteringContext } from './clustering-context.js';
import { deleteIfEmpty, facesOfPerson } from './person-moves.js';

export type { ReclusterReport };

export interface ReclusterOptions {
  /** instead of the configured threshold, for this run */
  readonly threshold?: number | undefined;
}

/**
 * A full re-clustering of one model, for when the threshold or min_faces changed: the faces that belong to
 * no person and those of the persons clustering made (and nobody has named since) are clustered again from
 * scratch (domain clusterFaces), and the persons follow. Persons someone made or named keep their faces.
 * Running it again with the same settings keeps every person and every face where it is.
 */
export class Reclusterer {
  constructor(private readonly ctx: ClusteringContext) {}

  recluster(model: string, options: ReclusterOptions = {}): Promise<ReclusterReport> {
    return this.ctx.books.with(model, (book) => this.run(book, options));
  }

  private async run(book: ClusterBook, options: ReclusterOptions): Promise<ReclusterReport> {
    const { metadata, settings, assigner } = this.ctx;
    const model = book.model;
    const threshold = options.threshold ?? settings.model(model).threshold;
    const { faces, autoPersons, oldClusters } = await this.scope(book);
    const index = await this.ctx.vectors.index(model, settings.model(model).dimension);
    const vectors = new Map((await index.get(faces.map((f) => f.id))).map((r) => [r.faceId, r.vector]));
    const inputs = faces
      .filter((f) => vectors.has(f.id))
      .map((f) => ({ faceId: f.id, vector: vectors.get(f.id) as ArrayLike<number> }));
    const groups = clusterFaces(inputs, { threshold });

    const personOf = new Map(faces.map((f) => [f.id, f.personId]));
    const kept = this.keptPersons(groups, personOf, autoPersons);
    const report = { personsKept: 0, personsCreated: 0, associated: 0, pending: 0 };
    const now = this.ctx.now();
    const clusters: FaceCluster[] = [];
    for (const [i, group] of groups.entries()) {
      const id = this.ctx.newId();
      let personId = kept.get(i);
      if (personId !== undefined) report.personsKept++;
      else if (settings.autoAssociate) {
        personId = (await this.ctx.persons.nearest(model, group.centroid, { exclude: autoPersons }))?.personId;
        if (personId !== undefined) report.associated++;
      }
      if (personId === undefined && group.faceIds.length >= settings.minFaces) {
        await metadata.persons.create(newAutoPerson(id, now));
        personId = id;
        report.personsCreated++;
      }
      if (personId === undefined) report.pending++;
      const cluster = { id, model, centroid: group.centroid, faceIds: group.faceIds, updatedAt: now };
      clusters.push(personId === undefined ? cluster : { ...cluster, personId });
    }

    const byId = new Map(faces.map((f) => [f.id, f]));
    for (const cluster of clusters) {
      const moving = cluster.faceIds.map((id) => byId.get(id) as Face);
      await assigner.assign(model, moving, cluster.personId, 'cluster');
    }
    for (const cluster of clusters) await book.save(cluster);
    for (const old of oldClusters) await book.drop(old.id);
    let personsRemoved = 0;
    const carried = new Set(kept.values());
    for (const personId of autoPersons) {
      if (carried.has(personId)) continue;
      // faces of another model keep it
      if (await deleteIfEmpty(this.ctx, personId)) personsRemoved++;
    }
    return { model, threshold, faces: inputs.length, clusters: clusters.length, personsRemoved, ...report };
  }

  /** The faces to cluster again, the persons made by clustering among them, and the clusters they replace. */
  private async scope(book: ClusterBook) {
    const autoPersons = new Set<string>();
    for (const personId of new Set(book.list().flatMap((c) => (c.personId === undefined ? [] : [c.personId])))) {
      const person = await this.ctx.metadata.persons.get(personId);
      if (person && isAutoPerson(person)) autoPersons.add(personId);
    }
    const oldClusters = book.list().filter((c) => c.personId === undefined || autoPersons.has(c.personId));
    const ids = new Set(oldClusters.flatMap((c) => c.faceIds));
    for (const personId of autoPersons)
      for (const face of await facesOfPerson(this.ctx, personId)) if (face.model === book.model) ids.add(face.id);
    const faces = (await this.ctx.assigner.facesOf([...ids].sort())).filter(
      (f) => f.model === book.model && (f.personId === undefined || autoPersons.has(f.personId)),
    );
    return { faces, autoPersons, oldClusters };
  }

  /**
   * Which persons made by clustering carry on: each goes to the group holding most of its faces, largest
   * groups first, so that re-clustering with unchanged settings keeps every person as it was.
   */
  private keptPersons(
    groups: readonly FaceGroup[],
    personOf: ReadonlyMap<string, string | undefined>,
    autoPersons: ReadonlySet<string>,
  ): Map<number, string> {
    const kept = new Map<number, string>();
    const taken = new Set<string>();
    const order = [...groups.keys()].sort(
      (a, b) => (groups[b] as FaceGroup).faceIds.length - (groups[a] as FaceGroup).faceIds.length || a - b,
    );
    for (const i of order) {
      const counts = new Map<string, number>();
      for (const faceId of (groups[i] as FaceGroup).faceIds) {
        const personId = personOf.get(faceId);
        if (personId !== undefined && autoPersons.has(personId) && !taken.has(personId))
          counts.set(personId, (counts.get(personId) ?? 0) + 1);
      }
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best) {
        kept.set(i, best[0]);
        taken.add(best[0]);
      }
    }
    return kept;
  }
}
