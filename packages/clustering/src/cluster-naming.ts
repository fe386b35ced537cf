import {
  type ClusterNaming,
  ConflictError,
  centroidOf,
  type FaceCluster,
  type FaceMovedOut,
  InvalidArgumentError,
  type NamedCluster,
  NotFoundError,
  type Person,
  withoutFace,
} from '@freeface/domain';
import { isAutoPerson } from './auto-person.js';
import type { ClusteringContext } from './clustering-context.js';
import { deleteIfEmpty } from './person-moves.js';

export type { ClusterNaming, FaceMovedOut, NamedCluster };

/**
 * An operator names a cluster: it becomes a person with the given fields. A cluster waiting for more faces
 * gets a new person (the cluster's id is the person's, so a naming cut short and sent again finds it), and
 * its faces go to it; a cluster whose person clustering made has that person named (it keeps its faces and
 * appearances, and clustering leaves it alone from then on). A cluster of a person someone named is a
 * ConflictError: rename the person instead.
 */
export async function nameCluster(
  ctx: ClusteringContext,
  clusterId: string,
  naming: ClusterNaming,
): Promise<NamedCluster> {
  if (!naming.name) throw new InvalidArgumentError('name is required: what to call the person the cluster becomes');
  const stored = await ctx.metadata.clusters.get(clusterId);
  if (!stored) throw new NotFoundError('cluster', clusterId);
  return ctx.books.with(stored.model, async (book) => {
    const cluster = book.get(clusterId);
    if (!cluster) throw new NotFoundError('cluster', clusterId);
    const now = ctx.now();
    const fields = {
      name: naming.name,
      ...(naming.externalId !== undefined ? { externalId: naming.externalId } : {}),
    };
    if (cluster.personId !== undefined) {
      const person = await ctx.metadata.persons.get(cluster.personId);
      if (person && !isAutoPerson(person))
        throw new ConflictError(
          `cluster ${clusterId} belongs to person ${person.id}, named already: rename the person with PUT /persons/${person.id}`,
          { clusterId, personId: person.id },
        );
      if (person) {
        const metadata = { ...person.metadata, ...naming.metadata };
        await ctx.metadata.persons.update({ ...person, ...fields, metadata, updatedAt: now });
        return { clusterId, personId: person.id, createdPerson: false, assignedFaces: 0 };
      }
    }
    const existing = await ctx.metadata.persons.get(cluster.id);
    const person: Person = existing ?? {
      id: cluster.id,
      ...fields,
      metadata: { ...naming.metadata },
      createdAt: now,
      updatedAt: now,
    };
    if (!existing) await ctx.metadata.persons.create(person);
    const faces = (await ctx.assigner.facesOf(cluster.faceIds)).filter((f) => f.personId === undefined);
    const assigned = await ctx.assigner.assign(cluster.model, faces, person.id, 'manual');
    await book.save({ ...cluster, personId: person.id, updatedAt: now });
    return { clusterId, personId: person.id, createdPerson: !existing, assignedFaces: assigned.length };
  });
}

/**
 * An operator takes a face out of a cluster it does not belong in: it goes into a cluster of its own, of no
 * person (leaving the person of the cluster it was in, which goes if it was made by clustering and is left
 * with no face). Clustering joins it to others again only when later faces make their clusters alike, or on
 * a recluster. NotFoundError for a cluster unknown or without this face; ConflictError when it is the
 * cluster's only face (there is nothing to take it out of).
 */
export async function moveFaceOut(ctx: ClusteringContext, clusterId: string, faceId: string): Promise<FaceMovedOut> {
  const stored = await ctx.metadata.clusters.get(clusterId);
  if (!stored) throw new NotFoundError('cluster', clusterId);
  return ctx.books.with(stored.model, async (book) => {
    const cluster = book.get(clusterId);
    if (!cluster) throw new NotFoundError('cluster', clusterId);
    if (!cluster.faceIds.includes(faceId)) throw new NotFoundError(`face of cluster ${clusterId}`, faceId);
    if (cluster.faceIds.length === 1)
      throw new ConflictError(`face ${faceId} is the only face of cluster ${clusterId}: nothing to take it out of`, {
        clusterId,
        faceId,
      });
    const face = await ctx.metadata.faces.get(faceId);
    const index = await ctx.vectors.index(book.model, ctx.settings.model(book.model).dimension);
    const [record] = await index.get([faceId]);
    if (!face || !record) throw new NotFoundError('face', faceId);
    const now = ctx.now();
    const vector = Array.from(record.vector);
    // its own cluster first, so the face.assigned that follows finds it placed and leaves it there
    const own: FaceCluster = {
      id: ctx.newId(),
      model: book.model,
      centroid: centroidOf([vector]),
      faceIds: [faceId],
      updatedAt: now,
    };
    await book.save(own);
    await book.save(withoutFace(cluster, { faceId, vector }, now));
    const previousPersonId = face.personId;
    if (previousPersonId !== undefined) {
      await ctx.assigner.assign(book.model, [face], undefined, 'manual');
      const previous = await ctx.metadata.persons.get(previousPersonId);
      if (previous && isAutoPerson(previous)) await deleteIfEmpty(ctx, previous);
    }
    return { faceId, clusterId: own.id, previousClusterId: clusterId, previousPersonId };
  });
}
