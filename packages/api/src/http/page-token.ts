import { createHash } from 'node:crypto';
import { InvalidArgumentError, type Page } from '@freeface/domain';

// The page tokens clients see: the store's token wrapped with a digest of the list it belongs to (which
// route, which person, which filters), so a token handed to another list is refused with a 400 instead of
// being misread or reaching a database that would choke on it.

const VERSION = 1;

const digest = (scope: string) => createHash('sha256').update(scope).digest('base64url').slice(0, 16);

export function wrapPageToken(scope: string, inner: string): string {
  return Buffer.from(JSON.stringify({ v: VERSION, s: digest(scope), t: inner }), 'utf8').toString('base64url');
}

/** The inner token of a token made for this scope; undefined for no token; InvalidArgumentError otherwise. */
export function unwrapPageToken(scope: string, token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  const invalid = () =>
    new InvalidArgumentError('invalid page_token: pass the next_page_token of the same list, with the same filters');
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalid();
  let parsed: { v?: unknown; s?: unknown; t?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (parsed?.v !== VERSION || parsed.s !== digest(scope) || typeof parsed.t !== 'string') throw invalid();
  return parsed.t;
}

/** A page for the client: its items shown, and the next token wrapped for the same scope (or null). */
export function pageOut<T, U>(
  scope: string,
  page: Page<T>,
  show: (item: T) => U,
): { items: U[]; next_page_token: string | null } {
  return {
    items: page.items.map(show),
    next_page_token: page.nextPageToken === undefined ? null : wrapPageToken(scope, page.nextPageToken),
  };
}
