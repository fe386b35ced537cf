// Record builders and paging helpers for the metadata contract. Every record gets fresh ids so the
// cases never collide with each other, with earlier runs, or with other test files on the same store.
// Numbers are exact binary fractions so float columns round-trip them; dates are whole milliseconds.
import { createHash, randomUUID } from 'node:crypto';
import type {
  ApiKey,
  Appearance,
  EnrollJob,
  Face,
  FaceCluster,
  ImageRecord,
  Page,
  Person,
  User,
} from '@freeface/domain';
import { expect } from 'vitest';
import type { MetadataStore } from '../../../ports/metadata.port.js';

/** What the case groups share: the store currently open (it changes when a case closes and reopens it). */
export interface ContractContext {
  store(): MetadataStore;
  reopen(): Promise<MetadataStore>;
}

export const uid = (): string => randomUUID();
export const sha256 = (): string => createHash('sha256').update(randomUUID()).digest('hex');

/** A date of whole milliseconds, offset from a fixed instant so ordering is under the test's control. */
export const at = (offsetMs = 0): Date => new Date(Date.UTC(2024, 4, 1, 12, 0, 0) + offsetMs);

export function person(over: Partial<Person> = {}): Person {
  return {
    id: uid(),
    externalId: `ext-${uid()}`,
    name: 'Ada Lovelace',
    metadata: { team: 'analytics', tags: ['a', 'b'], level: 3, nested: { ok: true } },
    createdAt: at(),
    updatedAt: at(1000),
    ...over,
  };
}

export function face(over: Partial<Face> = {}): Face {
  return {
    id: uid(),
    personId: uid(),
    imageId: sha256(),
    model: 'mobilefacenet-512',
    box: { x: 10, y: 20.5, width: 64, height: 80.25 },
    detectionScore: 0.9375,
    quality: 0.75,
    createdAt: at(),
    ...over,
  };
}

export function image(over: Partial<ImageRecord> = {}): ImageRecord {
  return { id: sha256(), contentType: 'image/jpeg', width: 640, height: 480, bytes: 123_456, createdAt: at(), ...over };
}

export function appearance(over: Partial<Appearance> = {}): Appearance {
  return {
    personId: uid(),
    seenAt: at(),
    appearanceId: uid(),
    imageId: sha256(),
    similarity: 0.875,
    sourceId: 'camera-7',
    location: { lat: 48.858_37, lon: 2.294_481 },
    ...over,
  };
}

export function job(over: Partial<EnrollJob> = {}): EnrollJob {
  return {
    id: uid(),
    status: 'processing',
    priority: 'high',
    imageId: sha256(),
    personId: uid(),
    externalId: `ext-${uid()}`,
    options: { minQuality: 0.5, detect: { all: true }, labels: ['x', 'y'] },
    webhookUrl: 'https://hooks.example.test/enroll',
    faceIds: [uid(), uid()],
    error: 'no face found',
    attempts: 2,
    createdAt: at(),
    updatedAt: at(5000),
    ...over,
  };
}

export function user(over: Partial<User> = {}): User {
  return {
    id: uid(),
    username: `user-${uid()}`,
    passwordHash: '$scrypt$N=16384$abc$def',
    role: 'operator',
    createdAt: at(),
    ...over,
  };
}

export function apiKey(over: Partial<ApiKey> = {}): ApiKey {
  return {
    id: uid(),
    name: 'ingest camera 7',
    keyHash: sha256(),
    role: 'viewer',
    webhookSecret: `whsec_${uid()}`,
    createdAt: at(),
    revoked: false,
    ...over,
  };
}

export function cluster(over: Partial<FaceCluster> = {}): FaceCluster {
  return {
    id: uid(),
    model: `model-${uid()}`,
    centroid: [0.5, -0.25, 0.125, 0, 1],
    faceIds: [uid(), uid(), uid()],
    personId: uid(),
    updatedAt: at(),
    ...over,
  };
}

/**
 * Follows page tokens to the end. Checks that no page exceeds the limit and that the walk ends
 * (a token that leads back to itself would loop forever). Returns the items in order and the pages seen.
 */
export async function collectPages<T>(
  limit: number,
  fetch: (pageToken: string | undefined) => Promise<Page<T>>,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const page = await fetch(pageToken);
    pages += 1;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (page.nextPageToken !== undefined) {
      expect(typeof page.nextPageToken).toBe('string');
      expect(page.nextPageToken).not.toBe(pageToken);
    }
    pageToken = page.nextPageToken;
    if (pages > 10_000) throw new Error('paging did not end');
  } while (pageToken !== undefined);
  return { items, pages };
}

/** Ids of a list, asserting none appears twice. */
export function uniqueIds(items: { id: string }[]): Set<string> {
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  return new Set(ids);
}

export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
