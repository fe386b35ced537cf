import {
  type ClusterNaming,
  ConflictError,
  InvalidArgumentError,
  type NamedCluster,
  NotFoundError,
  type Person,
} from '@freeface/domain';
import { isAutoPerson } from './auto-person.js';
import type { ClusteringContext } from './clustering-context.js';

export type { ClusterNaming, NamedCluster };

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
