import type { Face, Person } from '@freeface/domain';
import type { ClusterBook } from './cluster-book.js';
import type { ClusteringContext } from './clustering-context.js';
import type { AssignReason } from './face-assigner.js';

const PAGE = 500;

/** Every face of a person, all pages. */
export async function facesOfPerson(ctx: ClusteringContext, personId: string): Promise<Face[]> {
  const faces: Face[] = [];
  let pageToken: string | undefined;
  do {
    const page = await ctx.metadata.faces.listByPerson(personId, { limit: PAGE, ...(pageToken ? { pageToken } : {}) });
    faces.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return faces;
}

/**
 * The faces of `from` of the book's model go to `into`, and so do the clusters of `from` in the book.
 * Answers how many faces moved.
 */
export async function movePersonFaces(
  ctx: ClusteringContext,
  book: ClusterBook,
  from: string,
  into: string,
  reason: AssignReason,
): Promise<number> {
  const faces = (await facesOfPerson(ctx, from)).filter((f) => f.model === book.model);
  const moved = await ctx.assigner.assign(book.model, faces, into, reason);
  for (const cluster of book.ofPerson(from)) await book.save({ ...cluster, personId: into, updatedAt: ctx.now() });
  return moved.length;
}

/** The appearances of `from` become appearances of `into`. Answers how many moved. */
export async function moveAppearances(ctx: ClusteringContext, from: string, into: string): Promise<number> {
  let moved = 0;
  let pageToken: string | undefined;
  do {
    const page = await ctx.metadata.appearances.listByPerson(from, {
      limit: PAGE,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const appearance of page.items) await ctx.metadata.appearances.add({ ...appearance, personId: into });
    moved += page.items.length;
    pageToken = page.nextPageToken;
  } while (pageToken);
  await ctx.metadata.appearances.deleteByPerson(from);
  return moved;
}

/** Deletes the person (and its appearances) when no face is left with it; answers whether it did. */
export async function deleteIfEmpty(ctx: ClusteringContext, person: Person | string): Promise<boolean> {
  const id = typeof person === 'string' ? person : person.id;
  const { items } = await ctx.metadata.faces.listByPerson(id, { limit: 1 });
  if (items.length > 0) return false;
  await ctx.metadata.appearances.deleteByPerson(id);
  await ctx.metadata.persons.delete(id);
  return true;
}
