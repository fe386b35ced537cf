// Page tokens, one format for every adapter: base64url of {"v":1,"k":kind,"c":cursor}. The caller sees
// an opaque string; the adapter puts what it needs in the cursor (a keyset position for SQLite,
// Cassandra's pageState for ScyllaDB). The kind ties a token to the query that made it, so a token of
// one list handed to another is refused rather than misread.
import { InvalidArgumentError, type Page } from '@freeface/domain';

const VERSION = 1;

export function encodePageToken(kind: string, cursor: unknown): string {
  return Buffer.from(JSON.stringify({ v: VERSION, k: kind, c: cursor }), 'utf8').toString('base64url');
}

/**
 * The cursor inside a token made by encodePageToken with the same kind.
 * InvalidArgumentError when the token is malformed, of another kind, or holds a cursor that fails isCursor.
 */
export function decodePageToken<T>(kind: string, token: string, isCursor: (cursor: unknown) => cursor is T): T {
  const invalid = () => new InvalidArgumentError('invalid page token: pass back a nextPageToken unchanged', { kind });
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { v, k, c } = parsed as { v?: unknown; k?: unknown; c?: unknown };
  if (v !== VERSION || k !== kind || !isCursor(c)) throw invalid();
  return c;
}

/** Refuses a page size that is not a whole number from 1 to max. */
export function checkPageLimit(limit: number, max = 10_000): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max)
    throw new InvalidArgumentError(`page limit must be a whole number from 1 to ${max}`, { limit });
  return limit;
}

/**
 * A page from rows fetched with LIMIT limit + 1 (keyset paging): the extra row only tells that more
 * remain; the token then holds the cursor of the last row returned.
 */
export function keysetPage<Row, Item>(
  rows: Row[],
  limit: number,
  kind: string,
  cursorOf: (row: Row) => unknown,
  toItem: (row: Row) => Item,
): Page<Item> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  const page: Page<Item> = { items: kept.map(toItem) };
  if (more && last !== undefined) page.nextPageToken = encodePageToken(kind, cursorOf(last));
  return page;
}

/** Cursor guards for decodePageToken. */
export const isString = (value: unknown): value is string => typeof value === 'string';
/** [epoch ms, tie-breaking key] */
export const isTimeAndKey = (value: unknown): value is [number, string] =>
  Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === 'string';
