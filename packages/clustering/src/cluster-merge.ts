import {
  ConflictError,
  type FaceCluster,
  InvalidArgumentError,
  type MergedClusters,
  mergedCluster,
  NotFoundError,
} from '@freeface/domain';
import { isAutoPerson } from './auto-person.js';
import type { ClusteringContext } from './clustering-context.js';
import { deleteIfEmpty, moveAppearances } from './person-moves.js';

export type { MergedClusters };

/**
 * An operator merges two clusters of the same face: the faces of `fromId` join `intoId` (the centroid the
 * size-weighted mean of both, as clustering merges alike clusters) and `fromId` goes. The merged cluster
 * keeps the person of `intoId`, else takes that of `fromId`; its faces of another person (or none) go to it
 * ('manual'), and a person made by clustering left with no face is deleted (its appearances
 * going to it). Two persons someone named are a
 * ConflictError: merge the persons instead. The same cluster twice, or clusters of two models, is an
 * InvalidArgumentError; an unknown cluster a NotFoundError.
 */
export async function mergeClusters(ctx: ClusteringContext, intoId: string, fromId: string): Promise<MergedClusters> {
  if (intoId === fromId) throw new InvalidArgumentError(`cannot merge cluster ${intoId} into itself`);
  const [into, from] = await Promise.all([ctx.metadata.clusters.get(intoId), ctx.metadata.clusters.get(fromId)]);
  if (!into) throw new NotFoundError('cluster', intoId);
  if (!from) throw new NotFoundError('cluster', fromId);
  if (into.model !== from.model)
    throw new InvalidArgumentError(
      `cluster ${fromId} is of model ${from.model}, cluster ${intoId} of ${into.model}: only clusters of one model merge`,
    );
  return ctx.books.with(into.model, async (book) => {
    const survivor = book.get(intoId);
    if (!survivor) throw new NotFoundError('cluster', intoId);
    const absorbed = book.get(fromId);
    if (!absorbed) throw new NotFoundError('cluster', fromId);
    const personId = await personOfMerge(ctx, survivor, absorbed);
    const now = ctx.now();
    const merged = mergedCluster(survivor, absorbed, now);
    // the merged cluster first, with its person, so the face.assigned that follows finds the faces placed
    const { personId: _old, ...rest } = merged;
    await book.save(personId === undefined ? rest : { ...rest, personId });
    await book.drop(absorbed.id);
    if (personId !== undefined) {
      const faces = (await ctx.assigner.facesOf(merged.faceIds)).filter((f) => f.personId !== personId);
      await ctx.assigner.assign(book.model, faces, personId, 'manual');
      for (const other of [survivor.personId, absorbed.personId]) {
        if (other === undefined || other === personId) continue;
        const person = await ctx.metadata.persons.get(other);
        if (!person || !isAutoPerson(person)) continue;
        // its appearances were of the faces that went: they go with them
        const { items } = await ctx.metadata.faces.listByPerson(other, { limit: 1 });
        if (items.length === 0) await moveAppearances(ctx, other, personId);
        await deleteIfEmpty(ctx, person);
      }
    }
    return { clusterId: survivor.id, mergedClusterId: absorbed.id, mergedFaces: absorbed.faceIds.length, personId };
  });
}

/**
 * The person the merged cluster is of: that of `into`, unless clustering made it and `from` is of a person
 * someone named (a named person never loses its faces to a made one); else that of `from`.
 */
async function personOfMerge(
  ctx: ClusteringContext,
  into: FaceCluster,
  from: FaceCluster,
): Promise<string | undefined> {
  if (into.personId === undefined || from.personId === undefined || into.personId === from.personId)
    return into.personId ?? from.personId;
  const [a, b] = await Promise.all([ctx.metadata.persons.get(into.personId), ctx.metadata.persons.get(from.personId)]);
  const named = (p: typeof a) => p !== undefined && !isAutoPerson(p);
  if (named(a) && named(b))
    throw new ConflictError(
      `clusters ${into.id} and ${from.id} belong to persons ${into.personId} and ${from.personId}, both named: ` +
        `merge the persons with POST /persons/${into.personId}/merge`,
      { clusterId: into.id, fromClusterId: from.id, personId: into.personId, fromPersonId: from.personId },
    );
  if (!a) return b ? from.personId : undefined;
  return named(b) && !named(a) ? from.personId : into.personId;
}
