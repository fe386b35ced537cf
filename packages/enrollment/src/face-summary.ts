// A person's faces in two figures: how many, and the cover face (the one a list shows). Counted from the face
// records on every read rather than kept beside the person, so no enrollment, deletion, move, merge, erasure or
// clustering assignment can leave it out of step; the cost is one read of the person's faces (one partition
// in ScyllaDB, an index range in SQLite) per person shown.
import type { Face, Page, PageRequest } from '@freeface/domain';

export interface FaceSummary {
  faceCount: number;
  /** the best-quality face; among equals the oldest (then the lowest id); undefined without faces */
  coverFaceId?: string;
}

/** How many faces one read takes. */
const PAGE = 1000;

/** Whether a is the better cover: higher quality, else older, else the lower id (one answer for any order). */
export function betterCover(a: Face, b: Face): boolean {
  if (a.quality !== b.quality) return a.quality > b.quality;
  const at = a.createdAt.getTime();
  const bt = b.createdAt.getTime();
  if (at !== bt) return at < bt;
  return a.id < b.id;
}

/** The summary of a person's faces, read a page at a time. */
export async function summarizeFaces(
  listByPerson: (personId: string, page: PageRequest) => Promise<Page<Face>>,
  personId: string,
): Promise<FaceSummary> {
  let faceCount = 0;
  let cover: Face | undefined;
  let pageToken: string | undefined;
  do {
    const page = await listByPerson(personId, { limit: PAGE, ...(pageToken === undefined ? {} : { pageToken }) });
    faceCount += page.items.length;
    for (const face of page.items) if (cover === undefined || betterCover(face, cover)) cover = face;
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return cover === undefined ? { faceCount } : { faceCount, coverFaceId: cover.id };
}
