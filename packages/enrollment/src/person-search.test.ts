import type { Page, Person } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { MAX_SCANNED, searchPersons } from './person-search.js';

// The search's own paging over a list that pages like the stores do (an opaque token per page).

const people = (count: number, matchEvery: number): Person[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(5, '0')}`,
    ...(i % matchEvery === 0 ? { name: `Match ${i}` } : { name: `other ${i}` }),
    metadata: {},
    createdAt: new Date(0),
    updatedAt: new Date(0),
  }));

const listOf =
  (all: Person[]) =>
  async ({ limit, pageToken }: { limit: number; pageToken?: string }): Promise<Page<Person>> => {
    const start = pageToken === undefined ? 0 : Number(pageToken);
    const items = all.slice(start, start + limit);
    return start + limit < all.length ? { items, nextPageToken: String(start + limit) } : { items };
  };

async function everyPage(all: Person[], limit: number): Promise<{ found: string[]; pages: number }> {
  const found: string[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const page = await searchPersons(listOf(all), { text: 'MATCH', order: 'newest', limit, pageToken });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    found.push(...page.items.map((p) => p.id));
    pageToken = page.nextPageToken;
    pages += 1;
  } while (pageToken !== undefined);
  return { found, pages };
}

describe('searchPersons', () => {
  it('finds every match once, in order, across the pages of the store', async () => {
    const all = people(1234, 7);
    const expected = all.filter((p) => p.name?.startsWith('Match')).map((p) => p.id);
    for (const limit of [1, 3, 50, 1000]) expect((await everyPage(all, limit)).found).toEqual(expected);
  });

  it('stops after MAX_SCANNED persons with a token that goes on', async () => {
    const all = people(MAX_SCANNED * 2 + 10, MAX_SCANNED * 3);
    all[all.length - 1] = { ...(all[all.length - 1] as Person), name: 'the match at the end' };
    const first = await searchPersons(listOf(all), { text: 'match', order: 'newest', limit: 10 });
    expect(first.items.map((p) => p.id)).toEqual(['p00000']);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const { found, pages } = await everyPage(all, 10);
    expect(found).toEqual(['p00000', (all[all.length - 1] as Person).id]);
    expect(pages).toBe(3);
  });

  it('refuses a token it did not make', async () => {
    for (const pageToken of ['nope', '{"s":-1}', '{"s":1.5}', '{"u":3,"s":0}', 'null'])
      await expect(
        searchPersons(listOf(people(3, 1)), { text: 'x', order: 'newest', limit: 1, pageToken }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
