// GET /persons?q=: the persons whose name or external id holds the text, ignoring case, over the whole
// collection in the list's own order. The store has no index for a substring, so the search walks the list a
// page at a time and keeps the matches; its token is the store's token of the page it stopped in and how many
// of that page it had read, so the next page starts right after the last match shown. A request reads at most
// MAX_SCANNED persons; a page may then hold fewer matches than asked, with a token that goes on.
import { InvalidArgumentError, type Page, type Person, type PersonOrder } from '@freeface/domain';

export interface PersonSearch {
  /** matched without regard to case, anywhere in the name or the external id */
  text: string;
  order: PersonOrder;
  limit: number;
  pageToken?: string | undefined;
}

type List = (page: { limit: number; pageToken?: string; order: PersonOrder }) => Promise<Page<Person>>;

/** How many persons one read of the list takes. */
const SCAN_PAGE = 200;
/** How many persons one request reads at most. */
export const MAX_SCANNED = 5000;

interface Cursor {
  /** the store's token of the page to read; absent: the first */
  u?: string;
  /** how many of that page are behind us */
  s: number;
}

const encode = (cursor: Cursor) => JSON.stringify(cursor);

function decode(token: string): Cursor {
  const invalid = () => new InvalidArgumentError('invalid page_token: pass back a next_page_token unchanged');
  let parsed: unknown;
  try {
    parsed = JSON.parse(token);
  } catch {
    throw invalid();
  }
  const { u, s } = (parsed ?? {}) as { u?: unknown; s?: unknown };
  if (typeof parsed !== 'object' || (u !== undefined && typeof u !== 'string')) throw invalid();
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s >= SCAN_PAGE) throw invalid();
  return u === undefined ? { s } : { u, s };
}

export const personMatches = (person: Person, text: string): boolean => {
  const needle = text.toLowerCase();
  return [person.name, person.externalId].some((field) => field?.toLowerCase().includes(needle) === true);
};

export async function searchPersons(list: List, search: PersonSearch): Promise<Page<Person>> {
  let cursor: Cursor = search.pageToken === undefined ? { s: 0 } : decode(search.pageToken);
  const found: Person[] = [];
  for (let scanned = 0; scanned < MAX_SCANNED; scanned += SCAN_PAGE) {
    const page = await list({
      limit: SCAN_PAGE,
      order: search.order,
      ...(cursor.u === undefined ? {} : { pageToken: cursor.u }),
    });
    for (let i = cursor.s; i < page.items.length; i += 1) {
      const person = page.items[i] as Person;
      if (!personMatches(person, search.text)) continue;
      found.push(person);
      if (found.length < search.limit) continue;
      if (i + 1 < page.items.length) return { items: found, nextPageToken: encode({ ...cursor, s: i + 1 }) };
      return page.nextPageToken === undefined
        ? { items: found }
        : { items: found, nextPageToken: encode({ u: page.nextPageToken, s: 0 }) };
    }
    if (page.nextPageToken === undefined) return { items: found };
    cursor = { u: page.nextPageToken, s: 0 };
  }
  return { items: found, nextPageToken: encode(cursor) };
}
