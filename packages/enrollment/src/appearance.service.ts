import { createHash } from 'node:crypto';
import {
  type Appearance,
  type FaceBox,
  type GeoFilter,
  type GeoPoint,
  InvalidArgumentError,
  inGeoFilter,
  type Page,
} from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';

/** When, where and by what a photo was taken. */
export interface AppearanceContext {
  seenAt?: Date | undefined;
  location?: GeoPoint | undefined;
  sourceId?: string | undefined;
}

export interface AppearanceFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  geo?: GeoFilter | undefined;
}

export interface ListingLimits {
  /** rows read from the store per round; fixed, so that a cursor's skip count always falls inside its page */
  batch: number;
  /** rows a listing looks at, at most, for one page; a page may then come back short, with a token */
  maxScanned: number;
}

const LIMITS: ListingLimits = { batch: 200, maxScanned: 5000 };

/** Where a listing stopped: the store's token of a page, and how many of its rows were already looked at. */
interface Cursor {
  t?: string;
  s: number;
}

const isCursor = (value: unknown, batch: number): value is Cursor => {
  const c = value as Cursor | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    Number.isInteger(c.s) &&
    c.s >= 0 &&
    c.s < batch &&
    (c.t === undefined || typeof c.t === 'string')
  );
};

function readCursor(token: string | undefined, batch: number): Cursor {
  if (token === undefined) return { s: 0 };
  let cursor: unknown;
  try {
    cursor = JSON.parse(token);
  } catch {
    cursor = undefined;
  }
  if (!isCursor(cursor, batch))
    throw new InvalidArgumentError('invalid page token: pass back a next_page_token unchanged');
  return cursor;
}

/**
 * The id of a face as seen in one photo: the same photo and box give the same id, so a retried
 * recognition records the same appearance again instead of a second one.
 */
export function appearanceIdOf(imageId: string, box: FaceBox): string {
  const hex = createHash('sha256').update(`${imageId}:${box.x}:${box.y}:${box.width}:${box.height}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The tracking record: who was seen when and where; lists newest first, by time window and place. */
export class AppearanceService {
  private readonly limits: ListingLimits;

  constructor(
    private readonly metadata: MetadataStore,
    limits: Partial<ListingLimits> = {},
  ) {
    this.limits = { ...LIMITS, ...limits };
  }

  async record(
    seen: { personId: string; imageId: string; box: FaceBox; similarity: number },
    context: AppearanceContext,
  ): Promise<Appearance> {
    const appearance: Appearance = {
      personId: seen.personId,
      seenAt: context.seenAt ?? new Date(),
      appearanceId: appearanceIdOf(seen.imageId, seen.box),
      imageId: seen.imageId,
      similarity: seen.similarity,
      ...(context.sourceId !== undefined ? { sourceId: context.sourceId } : {}),
      ...(context.location !== undefined ? { location: context.location } : {}),
    };
    await this.metadata.appearances.add(appearance);
    return appearance;
  }

  /**
   * One page of a person's appearances, newest first, in the time window and the place. The window is the
   * store's query; the place is checked here. The page token is this listing's own cursor (the store's
   * token and a count of rows already looked at in that page), so a page can end in the middle of one
   * page of the store without skipping anything.
   */
  async list(personId: string, filter: AppearanceFilter, limit: number, pageToken?: string): Promise<Page<Appearance>> {
    const { geo, from, to } = filter;
    const window = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const keep = (a: Appearance) => geo === undefined || inGeoFilter(a.location, geo);
    const { batch, maxScanned } = this.limits;
    let { t: token, s: skip } = readCursor(pageToken, batch);
    const items: Appearance[] = [];
    let scanned = 0;
    for (;;) {
      const page = await this.metadata.appearances.listByPerson(personId, {
        ...window,
        limit: batch,
        pageToken: token,
      });
      for (let i = skip; i < page.items.length; i++) {
        scanned++;
        const appearance = page.items[i] as Appearance;
        if (keep(appearance)) items.push(appearance);
        const more = i + 1 < page.items.length;
        if (more && (items.length === limit || scanned >= maxScanned)) {
          return { items, nextPageToken: JSON.stringify({ t: token, s: i + 1 } satisfies Cursor) };
        }
      }
      if (page.nextPageToken === undefined) return { items };
      token = page.nextPageToken;
      skip = 0;
      if (items.length === limit || scanned >= maxScanned) {
        return { items, nextPageToken: JSON.stringify({ t: token, s: 0 } satisfies Cursor) };
      }
    }
  }
}
