import {
  InvalidArgumentError,
  type MergedPersons,
  type MovedFace,
  NotFoundError,
  type Person,
  withFace,
  withoutFace,
} from '@freeface/domain';
import { isAutoPerson } from './auto-person.js';
import type { ClusteringContext } from './clustering-context.js';
import { deleteIfEmpty, facesOfPerson, moveAppearances, movePersonFaces } from './person-moves.js';

export type { MergedPersons, MovedFace };

/** What an operator does by hand: move one face to another person, merge two persons into one. */
export class PersonOperations {
  constructor(private readonly ctx: ClusteringContext) {}

  /**
   * The face goes to the person: out of its cluster, into the person's largest cluster when it has one (so
   * later faces find it). A person made by clustering that is left with no face goes.
   */
  async moveFace(faceId: string, personId: string): Promise<MovedFace> {
    if (!personId) throw new InvalidArgumentError('person_id is required: the person to move the face to');
    const { metadata, books, assigner, vectors, settings } = this.ctx;
    const face = await metadata.faces.get(faceId);
    if (!face) throw new NotFoundError('face', faceId);
    await this.person(personId);
    return books.with(face.model, async (book) => {
      const current = await metadata.faces.get(faceId);
      if (!current) throw new NotFoundError('face', faceId);
      const previousPersonId = current.personId;
      if (previousPersonId === personId) return { faceId, personId, previousPersonId, moved: false };
      const index = await vectors.index(current.model, settings.model(current.model).dimension);
      const [record] = await index.get([faceId]);
      const now = this.ctx.now();
      const cluster = book.clusterOf(faceId);
      if (cluster && record) await book.save(withoutFace(cluster, { faceId, vector: record.vector }, now));
      await assigner.assign(current.model, [current], personId, 'manual');
      const [home] = book.ofPerson(personId).sort((a, b) => b.faceIds.length - a.faceIds.length);
      if (home && record) await book.save(withFace(home, { faceId, vector: record.vector }, now));
      if (previousPersonId !== undefined) {
        const previous = await metadata.persons.get(previousPersonId);
        if (previous && isAutoPerson(previous)) await deleteIfEmpty(this.ctx, previous);
      }
      return { faceId, personId, previousPersonId, moved: true };
    });
  }

  /**
   * `fromId` becomes part of `intoId`: its faces (with their vectors and clusters) and its appearances move,
   * the fields `intoId` lacks (name, external id, metadata keys) are taken from it, and it is deleted.
   */
  async mergePersons(intoId: string, fromId: string): Promise<MergedPersons> {
    if (intoId === fromId) throw new InvalidArgumentError('a person cannot be merged into itself', { intoId });
    const { metadata, books } = this.ctx;
    const into = await this.person(intoId);
    const from = await this.person(fromId);
    let movedFaces = 0;
    // twice: faces enrolled under `from` while the first round ran are taken in the second
    for (let round = 0; round < 2; round++) {
      const models = new Set([...(await facesOfPerson(this.ctx, fromId)).map((f) => f.model), ...books.models()]);
      for (const model of models)
        movedFaces += await books.with(model, (book) => movePersonFaces(this.ctx, book, fromId, intoId, 'merge'));
    }
    const movedAppearances = await moveAppearances(this.ctx, fromId, intoId);
    await metadata.persons.delete(fromId);
    const filled = fill(into, from, this.ctx.now());
    if (filled) await metadata.persons.update(filled);
    return { personId: intoId, mergedPersonId: fromId, movedFaces, movedAppearances };
  }

  private async person(id: string): Promise<Person> {
    const person = await this.ctx.metadata.persons.get(id);
    if (!person) throw new NotFoundError('person', id);
    return person;
  }
}

/** `into` with what it lacks taken from `from`; undefined when it lacks nothing `from` has. */
function fill(into: Person, from: Person, now: Date): Person | undefined {
  // the bookkeeping of a person made by clustering is not worth keeping
  const metadata = { ...(isAutoPerson(from) ? {} : from.metadata), ...into.metadata };
  const name = into.name ?? from.name;
  const externalId = into.externalId ?? from.externalId;
  const same =
    name === into.name &&
    externalId === into.externalId &&
    Object.keys(metadata).length === Object.keys(into.metadata).length;
  if (same) return undefined;
  return {
    ...into,
    metadata,
    updatedAt: now,
    ...(name !== undefined ? { name } : {}),
    ...(externalId !== undefined ? { externalId } : {}),
  };
}
