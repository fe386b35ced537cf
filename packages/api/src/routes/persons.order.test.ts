import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// GET /persons: newest first (the default) or by name, page after page with the tokens it hands out.

const api = await createTestApi();
afterAll(() => api.close());
const call = apiCaller(api.app, await api.adminHeaders());

interface Shown {
  person_id: string;
  name: string | null;
  created_at: string;
}

async function everyPage(query: string): Promise<Shown[]> {
  const out: Shown[] = [];
  let token: string | null = null;
  do {
    const page = await call('GET', `/persons?limit=2${query}${token ? `&page_token=${token}` : ''}`);
    expect(page.status).toBe(200);
    out.push(...page.body.data.persons);
    token = page.body.data.next_page_token;
  } while (token);
  return out;
}

describe('GET /persons', () => {
  it('lists newest first by default and by name (case ignored, nameless last) with order=name', async () => {
    const names = ['delta', 'Alpha', null, 'charlie', 'bravo'];
    for (const name of names) {
      const made = await call('POST', '/persons', name === null ? {} : { name });
      expect(made.status).toBe(201);
    }
    const newest = await everyPage('');
    expect(newest).toHaveLength(names.length);
    const key = (p: Shown) => `${p.created_at}|${p.person_id}`;
    const byTime = [...newest].sort((a, b) =>
      a.created_at === b.created_at ? (a.person_id < b.person_id ? -1 : 1) : a.created_at < b.created_at ? 1 : -1,
    );
    expect(newest.map(key)).toEqual(byTime.map(key));
    expect(newest.at(-1)?.name).toBe('delta'); // the first made is last

    const byName = await everyPage('&order=name');
    expect(byName.map((p) => p.name)).toEqual(['Alpha', 'bravo', 'charlie', 'delta', null]);
  });

  it('refuses a token of one order in the other, and an order it does not know', async () => {
    const page = await call('GET', '/persons?limit=1&order=name');
    const token = page.body.data.next_page_token;
    expect(token).toEqual(expect.any(String));
    expect((await call('GET', `/persons?limit=1&order=newest&page_token=${token}`)).status).toBe(400);
    expect((await call('GET', '/persons?order=by_mood')).status).toBe(400);
  });
});
