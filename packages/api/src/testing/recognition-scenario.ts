// The end-to-end recognition and tracking scenario of the REST API, written once and run against each
// profile (e2e.embedded.test.ts, e2e.cluster.test.ts): persons with external ids, enrollment of the eight
// identities of ../shared/data/faces, recognition of the group photos with time and place, strangers,
// verification, timeline and place filters, and deletion of a person with everything of theirs.
import { randomBytes } from 'node:crypto';
import { imageObjectKey } from '@freeface/enrollment';
import { faceLabels } from '@freeface/testing';
import { expect } from 'vitest';
import { apiCaller, b64 } from './api-client.js';
import type { TestApi } from './test-api.js';

// biome-ignore lint/suspicious/noExplicitAny: the scenario reads the JSON answers freely
type Json = Record<string, any>;

export interface ScenarioResult {
  labelled: number;
  correct: number;
  accuracy: number;
  strangers: number;
  strangersUnknown: number;
  /** verify: the lowest similarity of a same-person pair and the highest of a different-person pair */
  sameMin: number;
  differentMax: number;
  /** recognize: the highest similarity any stranger had to an enrolled person */
  strangerMax: number;
}

/** Where and when each group photo was "taken": the tracking the scenario checks. */
const APPEARANCES: Record<string, { seenAt: string; location: { lat: number; lon: number }; sourceId: string }> = {
  'group/bbt1.jpg': {
    seenAt: '2024-03-01T10:00:00.000Z',
    location: { lat: 34.1478, lon: -118.1445 },
    sourceId: 'cam-pasadena',
  },
  'group/bbt2.jpg': {
    seenAt: '2024-03-02T10:00:00.000Z',
    location: { lat: 34.1377, lon: -118.1253 },
    sourceId: 'cam-caltech',
  },
  'group/bbt3.jpg': {
    seenAt: '2024-03-03T10:00:00.000Z',
    location: { lat: 40.7128, lon: -74.006 },
    sourceId: 'cam-nyc',
  },
  'group/bbt4.jpg': {
    seenAt: '2024-03-04T10:00:00.000Z',
    location: { lat: 51.5074, lon: -0.1278 },
    sourceId: 'cam-london',
  },
  'group/bbt5.jpg': {
    seenAt: '2024-03-05T10:00:00.000Z',
    location: { lat: 34.1478, lon: -118.1445 },
    sourceId: 'cam-pasadena',
  },
};
const PASADENA = { lat: 34.1478, lon: -118.1445 };

interface GroupLabel {
  left_to_right?: string[];
  named_left_to_right?: string[];
  top_left_to_right?: string[];
  bottom_left_to_right?: string[];
}

interface RecognizedFace {
  bbox: { x: number; y: number; width: number; height: number };
  person_id: string | null;
  name: string | null;
}

const labelledNames = (label: GroupLabel): string[] => [
  ...(label.left_to_right ?? label.named_left_to_right ?? []),
  ...(label.top_left_to_right ?? []),
  ...(label.bottom_left_to_right ?? []),
];

/**
 * The labelled name of each face the API found, in the API's order (left to right), or null for a face the
 * labels do not name (bbt2's half-cut face at the left edge). bbt4 is labelled in two rows: the faces are
 * split into a top and a bottom row by the centre of their boxes.
 */
function expectedNames(label: GroupLabel, faces: RecognizedFace[]): Array<string | null> {
  if (label.top_left_to_right && label.bottom_left_to_right) {
    const centre = (f: RecognizedFace) => f.bbox.y + f.bbox.height / 2;
    const byHeight = [...faces].sort((a, b) => centre(a) - centre(b));
    const top = new Set(byHeight.slice(0, label.top_left_to_right.length));
    const topNames = [...label.top_left_to_right];
    const bottomNames = [...label.bottom_left_to_right];
    return faces.map((f) => (top.has(f) ? topNames.shift() : bottomNames.shift()) ?? null);
  }
  const names = label.left_to_right ?? label.named_left_to_right ?? [];
  // extra faces (unnamed) are at the left edge: the named ones are the rightmost
  const unnamed = Math.max(0, faces.length - names.length);
  return faces.map((_, i) => (i < unnamed ? null : (names[i - unnamed] ?? null)));
}

export async function runRecognitionScenario(api: TestApi): Promise<ScenarioResult> {
  const caller = apiCaller(api.app, await api.adminHeaders());
  /** the answer's envelope with its status beside it */
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: Json): Promise<Json> => {
    const answer = await caller(method, url, payload);
    return { status: answer.status, ...answer.body };
  };
  const labels = faceLabels();
  const run = randomBytes(4).toString('hex');

  // persons with external ids, one per identity
  const personIds = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const name of Object.keys(labels.identities)) {
    const created = await call('POST', '/persons', { external_id: `${name}-${run}`, name, metadata: { show: 'bbt' } });
    expect(created.status, JSON.stringify(created)).toBe(201);
    expect(created.data).toMatchObject({ external_id: `${name}-${run}`, name });
    personIds.set(name, created.data.person_id);
    nameOf.set(created.data.person_id, name);
  }
  expect((await call('POST', '/persons', { external_id: `amy-${run}` })).status).toBe(409);

  // enroll every crop; half by person id, half by external id
  const faceIdsOf = new Map<string, string[]>();
  const imageIdsOf = new Map<string, string[]>();
  for (const [name, files] of Object.entries(labels.identities)) {
    for (const [i, file] of files.entries()) {
      const ref = i % 2 === 0 ? { person_id: personIds.get(name) } : { external_id: `${name}-${run}` };
      const enrolled = await call('POST', '/faces/enroll', { ...ref, image_data: b64(file) });
      expect(enrolled.status, `${file}: ${JSON.stringify(enrolled)}`).toBe(201);
      expect(enrolled.data.person_id).toBe(personIds.get(name));
      expect(enrolled.data.faces).toHaveLength(1);
      faceIdsOf.set(name, [...(faceIdsOf.get(name) ?? []), enrolled.data.faces[0].face_id]);
      imageIdsOf.set(name, [...(imageIdsOf.get(name) ?? []), enrolled.data.image_id]);
    }
  }
  // the same image again for the same person: the same face, no new one
  const amy1 = labels.identities.amy?.[0] as string;
  const again = await call('POST', '/faces/enroll', { person_id: personIds.get('amy'), image_data: b64(amy1) });
  expect(again.data.faces).toEqual([expect.objectContaining({ face_id: faceIdsOf.get('amy')?.[0], created: false })]);

  // recognize each group photo, with when, where and which camera
  let labelled = 0;
  let correct = 0;
  const seen = new Map<string, Set<string>>(); // person name -> photos they were recognized in
  for (const [file, label] of Object.entries(labels.group) as Array<[string, GroupLabel]>) {
    const appearance = APPEARANCES[file];
    if (!appearance) throw new Error(`no appearance for ${file}`);
    const result = await call('POST', '/faces/recognize', {
      image_data: b64(file),
      seen_at: appearance.seenAt,
      location: appearance.location,
      source_id: appearance.sourceId,
    });
    expect(result.status, JSON.stringify(result)).toBe(200);
    const faces = result.data.faces as RecognizedFace[];
    const xs = faces.map((f) => f.bbox.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const expected = expectedNames(label, faces);
    const got = faces.map((f) => (f.person_id ? (nameOf.get(f.person_id) ?? '?') : null));
    // every labelled face counts, found or not: a face the detector missed is a face not named
    labelled += labelledNames(label).length;
    correct += expected.filter((name, i) => name !== null && got[i] === name).length;
    console.log(`${file}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    for (const [i, name] of got.entries()) {
      if (name && name === expected[i]) seen.set(name, new Set([...(seen.get(name) ?? []), file]));
    }
  }
  const accuracy = correct / labelled;
  console.log(`recognition: ${correct} of ${labelled} labelled faces named right (${(accuracy * 100).toFixed(1)} %)`);
  expect(accuracy).toBeGreaterThanOrEqual(0.9);

  // strangers are nobody
  const strangers = labels.strangers as string[];
  let strangersUnknown = 0;
  let strangerMax = -1;
  for (const file of strangers) {
    const result = await call('POST', '/faces/recognize', { image_data: b64(file) });
    expect(result.status).toBe(200);
    expect(result.data.faces.length, file).toBeGreaterThan(0);
    for (const f of result.data.faces) strangerMax = Math.max(strangerMax, f.similarity ?? -1);
    if (result.data.faces.every((f: RecognizedFace) => f.person_id === null)) strangersUnknown++;
    else console.log(`stranger ${file} taken for ${JSON.stringify(result.data.faces)}`);
  }
  expect(strangersUnknown).toBe(strangers.length);

  // verify: the same person in two crops, and two different people
  const names = Object.keys(labels.identities);
  let sameMin = 1;
  let differentMax = -1;
  for (const [i, name] of names.entries()) {
    const [first, second] = labels.identities[name] as string[];
    const other = labels.identities[names[(i + 1) % names.length] as string]?.[0] as string;
    const same = await call('POST', '/faces/verify', {
      image_data: b64(first as string),
      reference_image_data: b64(second as string),
    });
    const different = await call('POST', '/faces/verify', {
      image_data: b64(first as string),
      reference_image_data: b64(other),
    });
    expect(same.status).toBe(200);
    expect(same.data.is_match, `${name}: ${same.data.similarity}`).toBe(true);
    expect(different.data.is_match, `${name} vs ${other}: ${different.data.similarity}`).toBe(false);
    expect(same.data.similarity).toBeGreaterThan(different.data.similarity);
    sameMin = Math.min(sameMin, same.data.similarity);
    differentMax = Math.max(differentMax, different.data.similarity);
  }
  console.log(
    `verify: same-person pairs from ${sameMin.toFixed(3)}, different-person pairs up to ${differentMax.toFixed(3)}, ` +
      `threshold ${api.deps.analyzer.matchThreshold}; strangers up to ${strangerMax.toFixed(3)}`,
  );

  // the timeline lists each recognition, newest first, with its time, place and camera
  const sheldon = personIds.get('sheldon') as string;
  const timeline = await call('GET', `/persons/${sheldon}/timeline?limit=50`);
  expect(timeline.status).toBe(200);
  const sheldonPhotos = [...(seen.get('sheldon') ?? [])].sort().reverse();
  expect(sheldonPhotos.length).toBeGreaterThanOrEqual(3);
  expect(timeline.data.appearances.map((a: Json) => a.seen_at)).toEqual(
    sheldonPhotos.map((file) => APPEARANCES[file]?.seenAt),
  );
  for (const a of timeline.data.appearances) {
    const appearance = Object.values(APPEARANCES).find((s) => s.seenAt === a.seen_at);
    expect(a).toMatchObject({ person_id: sheldon, location: appearance?.location, source_id: appearance?.sourceId });
    expect(a.similarity).toBeGreaterThan(0);
  }
  // paged: one at a time, the same list
  const paged: string[] = [];
  let token: string | null = null;
  do {
    const page: Json = await call('GET', `/persons/${sheldon}/timeline?limit=1${token ? `&page_token=${token}` : ''}`);
    paged.push(...page.data.appearances.map((a: Json) => a.seen_at));
    token = page.data.next_page_token;
  } while (token);
  expect(paged).toEqual(timeline.data.appearances.map((a: Json) => a.seen_at));

  // place and time filters
  const inPasadena = sheldonPhotos.filter(
    (f) => APPEARANCES[f]?.sourceId.startsWith('cam-pasadena') || APPEARANCES[f]?.sourceId === 'cam-caltech',
  );
  const near = await call(
    'GET',
    `/persons/${sheldon}/appearances?lat=${PASADENA.lat}&lon=${PASADENA.lon}&radius_km=25`,
  );
  expect(near.status).toBe(200);
  expect(near.data.appearances.map((a: Json) => a.seen_at)).toEqual(inPasadena.map((f) => APPEARANCES[f]?.seenAt));
  const london = await call('GET', `/persons/${sheldon}/appearances?min_lat=51&min_lon=-1&max_lat=52&max_lon=1`);
  expect(london.data.appearances.map((a: Json) => a.source_id)).toEqual(
    sheldonPhotos.filter((f) => f === 'group/bbt4.jpg').map(() => 'cam-london'),
  );
  const window = await call(
    'GET',
    `/persons/${sheldon}/appearances?from=2024-03-02T00:00:00Z&to=2024-03-04T12:00:00Z&lat=${PASADENA.lat}&lon=${PASADENA.lon}&radius_km=1000`,
  );
  expect(window.data.appearances.map((a: Json) => a.seen_at)).toEqual(
    sheldonPhotos
      .map((f) => APPEARANCES[f] as (typeof APPEARANCES)[string])
      .filter((s) => s.seenAt >= '2024-03-02' && s.seenAt < '2024-03-04T12' && s.location.lon < -100)
      .map((s) => s.seenAt),
  );

  // delete a person: faces, vectors, appearances and images go; the others stay
  const raj = personIds.get('raj') as string;
  const rajFaces = faceIdsOf.get('raj') as string[];
  const rajImages = imageIdsOf.get('raj') as string[];
  const deleted = await call('DELETE', `/persons/${raj}`);
  expect(deleted.status, JSON.stringify(deleted)).toBe(200);
  expect(deleted.data).toEqual({ person_id: raj, deleted_faces: rajFaces.length, deleted_images: rajImages.length });
  expect((await call('GET', `/persons/${raj}`)).status).toBe(404);
  expect((await call('GET', `/persons/${raj}/timeline`)).status).toBe(404);
  for (const faceId of rajFaces) expect((await call('GET', `/faces/${faceId}`)).status).toBe(404);
  for (const imageId of rajImages) {
    expect((await call('GET', `/images/${imageId}`)).status).toBe(404);
    expect(await api.deps.storage.objects.head(imageObjectKey(imageId))).toBeUndefined();
  }
  const { embedder } = api.deps.analyzer;
  const index = await api.deps.storage.vectors.index(embedder.id, embedder.dimension);
  const probe = new Float32Array(embedder.dimension).fill(1 / Math.sqrt(embedder.dimension));
  expect(await index.search(probe, 10, { kind: 'person', personId: raj })).toEqual([]);
  expect(await index.search(probe, 10, { kind: 'person', personId: sheldon })).toHaveLength(5);
  const sheldonImage = imageIdsOf.get('sheldon')?.[0] as string;
  expect((await call('GET', `/images/${sheldonImage}`)).status).toBe(200);
  const bbt1 = await call('POST', '/faces/recognize', { image_data: b64('group/bbt1.jpg') });
  expect(bbt1.data.faces.map((f: RecognizedFace) => f.person_id)).not.toContain(raj);

  return {
    labelled,
    correct,
    accuracy,
    strangers: strangers.length,
    strangersUnknown,
    sameMin,
    differentMax,
    strangerMax,
  };
}
