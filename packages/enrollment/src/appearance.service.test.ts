import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Appearance } from '@freeface/domain';
import { type MetadataStore, openSqliteMetadataStore } from '@freeface/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppearanceService, appearanceIdOf } from './appearance.service.js';

let store: MetadataStore;
beforeAll(async () => {
  store = await openSqliteMetadataStore({ dataDir: mkdtempSync(join(tmpdir(), 'ff-appearances-')) });
});
afterAll(() => store.close());

const PERSON = 'p-1';
const START = Date.UTC(2024, 0, 1);
/** 700 appearances a minute apart; every 13th in Lyon, the others in Paris; a few without a place */
async function fill(personId: string, count: number): Promise<Appearance[]> {
  const all: Appearance[] = [];
  for (let i = 0; i < count; i++) {
    const a: Appearance = {
      personId,
      seenAt: new Date(START + i * 60_000),
      appearanceId: `f-${String(i).padStart(4, '0')}`,
      imageId: 'i'.repeat(64),
      similarity: 0.9,
      ...(i % 50 === 7
        ? {}
        : { location: i % 13 === 0 ? { lat: 45.764, lon: 4.8357 } : { lat: 48.8566, lon: 2.3522 } }),
    };
    await store.appearances.add(a);
    all.push(a);
  }
  return all.reverse();
}

async function collect(
  service: AppearanceService,
  personId: string,
  filter: Parameters<AppearanceService['list']>[1],
  limit: number,
) {
  const out: Appearance[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = await service.list(personId, filter, limit, token);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    out.push(...page.items);
    token = page.nextPageToken;
    pages++;
  } while (token !== undefined);
  return { out, pages };
}

describe('AppearanceService.list', () => {
  let all: Appearance[];
  beforeAll(async () => {
    all = await fill(PERSON, 700);
  });

  it('pages through a place filter across many store pages without skipping or repeating', async () => {
    const lyon = { kind: 'radius', center: { lat: 45.76, lon: 4.84 }, radiusKm: 20 } as const;
    const service = new AppearanceService(store, { batch: 50 });
    for (const limit of [1, 7, 1000]) {
      const { out } = await collect(service, PERSON, { geo: lyon }, limit);
      expect(out.map((a) => a.appearanceId)).toEqual(
        all.filter((a) => a.location?.lat === 45.764).map((a) => a.appearanceId),
      );
    }
    const { out } = await collect(service, PERSON, {}, 33);
    expect(out.map((a) => a.appearanceId)).toEqual(all.map((a) => a.appearanceId));
  });

  it('combines the time window with the place', async () => {
    const service = new AppearanceService(store, { batch: 20 });
    const from = new Date(START + 100 * 60_000);
    const to = new Date(START + 400 * 60_000);
    const paris = { kind: 'box', box: { minLat: 48, minLon: 2, maxLat: 49, maxLon: 3 } } as const;
    const { out } = await collect(service, PERSON, { from, to, geo: paris }, 9);
    expect(out.map((a) => a.appearanceId)).toEqual(
      all.filter((a) => a.seenAt >= from && a.seenAt < to && a.location?.lat === 48.8566).map((a) => a.appearanceId),
    );
  });

  it('stops a page after looking at maxScanned rows, answering a short page and a token', async () => {
    const service = new AppearanceService(store, { batch: 25, maxScanned: 100 });
    const nowhere = { kind: 'radius', center: { lat: 0, lon: 0 }, radiusKm: 1 } as const;
    const first = await service.list(PERSON, { geo: nowhere }, 10);
    expect(first.items).toEqual([]);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const { out, pages } = await collect(service, PERSON, { geo: nowhere }, 10);
    expect(out).toEqual([]);
    expect(pages).toBe(7); // 700 rows, 100 a page
  });

  it('refuses a token it did not make', async () => {
    const service = new AppearanceService(store);
    await expect(service.list(PERSON, {}, 5, 'nonsense')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.list(PERSON, {}, 5, '{"s":100000}')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('appearanceIdOf', () => {
  it('is the same for the same image and box, and differs otherwise', () => {
    const box = { x: 1, y: 2, width: 30, height: 40 };
    expect(appearanceIdOf('a'.repeat(64), box)).toBe(appearanceIdOf('a'.repeat(64), { ...box }));
    expect(appearanceIdOf('a'.repeat(64), box)).not.toBe(appearanceIdOf('b'.repeat(64), box));
    expect(appearanceIdOf('a'.repeat(64), box)).not.toBe(appearanceIdOf('a'.repeat(64), { ...box, x: 2 }));
    expect(appearanceIdOf('a'.repeat(64), box)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
