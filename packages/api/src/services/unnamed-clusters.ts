import { isAutoPerson } from '@freeface/clustering';
import { type FaceCluster, InvalidArgumentError, type Page } from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';

/** Where a page of clusters goes on: after the cluster of this size and id (largest first, then by id). */
type Cursor = [faces: number, id: string];

const isCursor = (value: unknown): value is Cursor =>
  Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === 'string';

const cursorOf = (token: string | undefined): Cursor | undefined => {
  if (token === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!isCursor(parsed))
    throw new InvalidArgumentError('invalid page_token: pass the next_page_token of the same list');
  return parsed;
};
const tokenOf = (cluster: FaceCluster): string =>
  Buffer.from(JSON.stringify([cluster.faceIds.length, cluster.id]), 'utf8').toString('base64url');

const bySize = (a: FaceCluster, b: FaceCluster) => b.faceIds.length - a.faceIds.length || (a.id < b.id ? -1 : 1);

/**
 * The clusters of a model nobody has named: those waiting for more faces and those whose person clustering
 * made and nobody has named or given an external id since. Read from the clusters the one writer
 * (face-cluster) keeps written through, so both profiles read the same; a page is keyset on (size, id), so
 * clusters that grow or go between pages are neither repeated nor skipped beyond their own change.
 */
export async function unnamedClusters(
  metadata: MetadataStore,
  model: string,
  page: { limit: number; pageToken?: string | undefined },
): Promise<Page<FaceCluster>> {
  const after = cursorOf(page.pageToken);
  const clusters = await metadata.clusters.listByModel(model);
  const personIds = [...new Set(clusters.flatMap((c) => (c.personId ? [c.personId] : [])))];
  const persons = await Promise.all(personIds.map((id) => metadata.persons.get(id)));
  const unnamed = new Set(persons.flatMap((p) => (p && isAutoPerson(p) ? [p.id] : [])));
  const listed = clusters
    .filter((c) => c.faceIds.length > 0 && (c.personId === undefined || unnamed.has(c.personId)))
    .sort(bySize)
    .filter((c) => !after || c.faceIds.length < after[0] || (c.faceIds.length === after[0] && c.id > after[1]));
  const items = listed.slice(0, page.limit);
  const last = items.at(-1);
  return listed.length > page.limit && last ? { items, nextPageToken: tokenOf(last) } : { items };
}
