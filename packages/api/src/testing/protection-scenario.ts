// The biometric data protection scenario of the REST API, run against each profile (protection.e2e.*.test.ts):
// calls of three actors (an API key, a viewer, the admin) that the audit trail must show with their actor,
// a person's export read back with tar, and that person's erasure checked store by store.
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleFaceEvent, openFaceClustering } from '@freeface/clustering';
import { imageObjectKey } from '@freeface/enrollment';
import { faceImage, faceLabels } from '@freeface/testing';
import { expect, vi } from 'vitest';
import { API_PREFIX } from '../app.js';
import { apiCaller, b64, solidPng } from './api-client.js';
import type { TestApi } from './test-api.js';

// biome-ignore lint/suspicious/noExplicitAny: the scenario reads the JSON answers freely
type Json = Record<string, any>;

export interface ProtectionResult {
  /** the erased person, their faces, images, async jobs, external id and their faces' embeddings */
  erased: {
    personId: string;
    externalId: string;
    faceIds: string[];
    imageIds: string[];
    jobIds: string[];
    embeddings: number[][];
  };
  /** the bytes of every image the scenario sent */
  images: Buffer[];
}

/** the model of a second index the scenario writes the erased person's vectors to, as a re-embedding would */
const NEXT_MODEL = 'protection-next';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export async function runProtectionScenario(api: TestApi): Promise<ProtectionResult> {
  const started = new Date(Date.now() - 1000).toISOString();
  const adminHeaders = await api.adminHeaders();
  const admin = apiCaller(api.app, adminHeaders);
  const labels = faceLabels();
  const run = Math.random().toString(36).slice(2, 8);

  // the actors: an operator API key, a viewer, the admin
  const key = await admin('POST', '/api-keys', { name: `protection-${run}`, role: 'operator' });
  expect(key.status, JSON.stringify(key.body)).toBe(201);
  const machine = apiCaller(api.app, { 'x-api-key': key.body.data.key });
  const viewerHeaders = await api.headersFor('viewer');
  const viewer = apiCaller(api.app, viewerHeaders);
  const me = async (headers: Record<string, string>) =>
    (await apiCaller(api.app, headers)('GET', '/auth/me')).body.data as { id: string; kind: string };
  const actor = {
    key: key.body.data.key_id as string,
    viewer: (await me(viewerHeaders)).id,
    admin: (await me(adminHeaders)).id,
  };

  // two persons, two crops each
  const [amyFiles, rajFiles] = [labels.identities.amy as string[], labels.identities.raj as string[]];
  const enrolled: Record<'amy' | 'raj', { personId: string; faceIds: string[]; imageIds: string[] }> = {
    amy: { personId: '', faceIds: [], imageIds: [] },
    raj: { personId: '', faceIds: [], imageIds: [] },
  };
  for (const [name, files] of [
    ['amy', amyFiles],
    ['raj', rajFiles],
  ] as const) {
    const created = await admin('POST', '/persons', { external_id: `${name}-${run}`, name, retention_days: 30 });
    expect(created.status).toBe(201);
    expect(created.body.data.retention_days).toBe(30);
    enrolled[name].personId = created.body.data.person_id;
    for (const file of files.slice(0, 2)) {
      const face = await admin('POST', '/faces/enroll', { person_id: enrolled[name].personId, image_data: b64(file) });
      expect(face.status, JSON.stringify(face.body)).toBe(201);
      enrolled[name].faceIds.push(face.body.data.faces[0].face_id);
      enrolled[name].imageIds.push(face.body.data.image_id);
    }
  }
  const amy = enrolled.amy.personId;
  const raj = enrolled.raj.personId;
  // a person's retention: changed, and cleared back to the setting with null
  expect((await admin('PUT', `/persons/${amy}`, { retention_days: 7 })).body.data.retention_days).toBe(7);
  expect((await admin('PUT', `/persons/${amy}`, { name: 'Amy' })).body.data.retention_days).toBe(7);
  expect((await admin('PUT', `/persons/${amy}`, { retention_days: null })).body.data.retention_days).toBeNull();
  expect((await admin('POST', '/persons', { retention_days: -1 })).status).toBe(400);

  // the audited calls, each with who makes it and whom it must name
  const group = 'group/bbt1.jpg';
  const expected: Array<{ actor: string; action: string; persons: string[] }> = [];
  const audited = async (
    who: keyof typeof actor,
    action: string,
    persons: string[],
    call: () => Promise<{ status: number; body: Json }>,
  ) => {
    const answer = await call();
    expect(answer.status, `${action}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(200);
    expected.push({ actor: actor[who], action, persons });
    return answer;
  };
  const searched = await audited('key', 'search', [amy], () =>
    machine('POST', '/faces/search', { image_data: b64(amyFiles[2] as string) }),
  );
  expect(JSON.stringify(searched.body.data)).toContain(amy);
  const recognized = await audited('key', 'recognize', [], () =>
    machine('POST', '/faces/recognize', { image_data: b64(group), seen_at: '2024-03-01T10:00:00Z' }),
  );
  const found = recognized.body.data.faces.flatMap((f: Json) => (f.person_id ? [f.person_id] : []));
  (expected.at(-1) as { persons: string[] }).persons = found;
  await audited('viewer', 'verify', [], () =>
    viewer('POST', '/faces/verify', {
      image_data: b64(amyFiles[0] as string),
      reference_image_data: b64(rajFiles[0] as string),
    }),
  );
  await audited('viewer', 'person.read', [amy], () => viewer('GET', `/persons/${amy}`));
  await audited('viewer', 'person.read', [amy], () => viewer('GET', `/persons/${amy}/timeline`));

  // raj's async jobs: one that enrolls a face, one that fails (no face) and keeps its image for retention
  const jobIds: string[] = [];
  const job = async (body: Json, until: string) => {
    const queued = await admin('POST', '/faces/enroll_async', body);
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    jobIds.push(queued.body.data.job_id);
    let status: Json = {};
    await vi.waitFor(
      async () => {
        status = (await admin('GET', `/faces/enroll/status/${queued.body.data.job_id}`)).body.data;
        expect(status.status).toBe(until);
      },
      { timeout: 120_000, interval: 250 },
    );
    return status;
  };
  const enrolledAsync = await job({ person_id: raj, image_data: b64(rajFiles[2] as string) }, 'completed');
  enrolled.raj.faceIds.push(...enrolledAsync.face_ids);
  enrolled.raj.imageIds.push(enrolledAsync.image_id);
  const blank = solidPng(48, 40, [10, 200, 30]);
  const failed = await job({ external_id: `raj-${run}`, image_data: blank.toString('base64') }, 'failed');
  enrolled.raj.imageIds.push(failed.image_id);
  expect(failed.image_id).toBe(sha256(blank));

  // raj's vectors in a second model's index too, as a re-embedding to another embedder writes them
  const { embedder } = api.deps.analyzer;
  const current = await api.deps.storage.vectors.index(embedder.id, embedder.dimension);
  const next = await api.deps.storage.vectors.index(NEXT_MODEL, embedder.dimension);
  await next.upsert(await current.get(enrolled.raj.faceIds));
  expect((await next.get(enrolled.raj.faceIds)).length).toBe(enrolled.raj.faceIds.length);

  // the export: one tar, read back by tar itself
  const exported = await api.app.inject({
    method: 'GET',
    url: `${API_PREFIX}/persons/${raj}/export`,
    headers: adminHeaders,
  });
  expect(exported.statusCode).toBe(200);
  expect(exported.headers['content-type']).toContain('application/x-tar');
  expected.push({ actor: actor.admin, action: 'person.export', persons: [raj] });
  const out = mkdtempSync(join(tmpdir(), 'ff-export-'));
  const untar = spawnSync('tar', ['-xf', '-', '-C', out], { input: exported.rawPayload });
  expect(untar.status, untar.stderr?.toString()).toBe(0);
  const root = join(out, `person-${raj}`);
  expect(readdirSync(root).sort()).toEqual(['appearances.json', 'audit.json', 'faces', 'images', 'person.json']);
  const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  expect(read('person.json')).toMatchObject({ person_id: raj, external_id: `raj-${run}`, retention_days: 30 });
  expect(readdirSync(join(root, 'faces')).sort()).toEqual(enrolled.raj.faceIds.map((id) => `${id}.json`).sort());
  const embeddings: number[][] = [];
  for (const faceId of enrolled.raj.faceIds) {
    const face = read(`faces/${faceId}.json`);
    expect(face).toMatchObject({ face_id: faceId, person_id: raj });
    expect(face.embedding).toHaveLength(api.deps.analyzer.embedder.dimension);
    embeddings.push(face.embedding);
  }
  // the photos as they were sent (decrypted when encryption at rest is on)
  const photos = readdirSync(join(root, 'images')).map((name) => sha256(readFileSync(join(root, 'images', name))));
  // the failed job's image is no face's: not in the export
  expect(photos.sort()).toEqual(enrolled.raj.imageIds.filter((id) => id !== failed.image_id).sort());
  expect(Array.isArray(read('appearances.json'))).toBe(true);
  for (const entry of read('audit.json')) expect(entry.person_ids).toContain(raj);

  await audited('admin', 'person.delete', [raj], () => admin('DELETE', `/persons/${raj}`));

  // the audit trail shows each call, in order, with its actor (a time window of this scenario; newest first)
  const entries: Json[] = [];
  let token: string | null = null;
  do {
    const page: Json = await admin('GET', `/audit?from=${started}&limit=3${token ? `&page_token=${token}` : ''}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    entries.push(...page.body.data.entries);
    token = page.body.data.next_page_token;
  } while (token);
  const ours = entries.reverse().filter((e) => Object.values(actor).includes(e.actor.id));
  expect(ours.map((e) => ({ actor: e.actor.id, action: e.action }))).toEqual(
    expected.map((e) => ({ actor: e.actor, action: e.action })),
  );
  for (const [i, e] of ours.entries()) {
    for (const person of expected[i]?.persons ?? []) expect(e.person_ids, e.action).toContain(person);
    expect(e.client_address).toEqual(expect.any(String));
    expect(e.status).toBe(200);
  }
  expect(ours.find((e) => e.action === 'search')?.actor).toMatchObject({ kind: 'key', name: `protection-${run}` });
  expect(ours.find((e) => e.action === 'verify')?.actor).toMatchObject({ kind: 'user', name: 'test-viewer' });
  // filtered by actor, and by person: the erasure is still on record
  const byKey = await admin('GET', `/audit?actor_id=${actor.key}&limit=100`);
  expect(byKey.body.data.entries.map((e: Json) => e.action)).toEqual(['recognize', 'search']);
  const aboutRaj = await admin('GET', `/audit?person_id=${raj}&limit=100`);
  expect(aboutRaj.body.data.entries[0]).toMatchObject({ action: 'person.delete', person_ids: [raj] });
  // the trail is for admins only
  expect((await viewer('GET', '/audit')).status).toBe(403);

  return {
    erased: { ...enrolled.raj, externalId: `raj-${run}`, jobIds, embeddings },
    images: [...[...amyFiles.slice(0, 3), ...rajFiles.slice(0, 3), group].map((f) => faceImage(f)), blank],
  };
}

/**
 * Replays the whole face event log (a consumer group of its own, from the first message) through the
 * clustering's own handler, as a face-cluster restarted from scratch would: answers once every event of the
 * erased faces has been handled. The erased faces' face.enrolled events are still in the log; the handler
 * checks the face record at consume time, so they bring nothing back.
 */
export async function replayFaceEvents(api: TestApi, erased: ProtectionResult['erased']): Promise<number> {
  const { bus, topics } = api.deps.events;
  const clustering = api.clustering ?? openFaceClustering({ ...api.deps, metrics: undefined });
  let seen = 0;
  const subscription = await bus.subscribe({
    group: `replay-${randomUUID()}`,
    topics: [topics.faceEvents],
    handler: async ({ message }) => {
      await handleFaceEvent(clustering, message);
      if (erased.faceIds.includes(message.faceId)) seen++;
    },
  });
  try {
    // each erased face was enrolled and deleted: two events each
    await vi.waitFor(() => expect(seen).toBeGreaterThanOrEqual(2 * erased.faceIds.length), {
      timeout: 60_000,
      interval: 200,
    });
  } finally {
    await subscription.close();
  }
  return seen;
}

/**
 * What the erased person left in the stores, through the ports: lines naming each trace, empty when none.
 * The audit trail is left out on purpose: it keeps that the deletion happened.
 */
export async function tracesOf(api: TestApi, erased: ProtectionResult['erased']): Promise<string[]> {
  const { metadata, vectors, objects } = api.deps.storage;
  const traces: string[] = [];
  const note = (what: string, present: unknown) => {
    if (present) traces.push(what);
  };
  note('person record', await metadata.persons.get(erased.personId));
  note('faces of the person', (await metadata.faces.listByPerson(erased.personId, { limit: 10 })).items.length);
  note('appearances', (await metadata.appearances.listByPerson(erased.personId, { limit: 10 })).items.length);
  for (const faceId of erased.faceIds) note(`face ${faceId}`, await metadata.faces.get(faceId));
  for (const imageId of erased.imageIds) {
    note(`image record ${imageId}`, await metadata.images.get(imageId));
    note(`image object ${imageId}`, await objects.head(imageObjectKey(imageId)));
  }
  const keys: string[] = [];
  for await (const k of objects.keys('images/')) keys.push(k);
  for (const imageId of erased.imageIds) note(`listed object ${imageId}`, keys.includes(imageObjectKey(imageId)));
  const { embedder } = api.deps.analyzer;
  // every model's index: the active embedder's and the second one the scenario wrote
  const indexes = await vectors.existing();
  for (const model of [embedder.id, NEXT_MODEL]) note(`no index of ${model}`, !indexes.some((i) => i.model === model));
  for (const index of indexes) {
    note(`vectors in ${index.model}`, (await index.get(erased.faceIds)).length);
    const probe = new Float32Array(index.dimension).fill(1 / Math.sqrt(index.dimension));
    const byPerson = await index.search(probe, 10, { kind: 'person', personId: erased.personId });
    note(`vectors by person in ${index.model}`, byPerson.length);
  }
  // the async jobs: no record, in no list, no failed image
  for (const jobId of erased.jobIds) note(`job ${jobId}`, await metadata.jobs.get(jobId));
  const failedImages = await metadata.jobs.listFailedImages(new Date(Date.now() + 86_400_000), 10_000);
  note('failed job images', failedImages.filter((f) => erased.jobIds.includes(f.jobId)).length);
  const listed = await metadata.jobs.list({ limit: 100 });
  note(
    'listed jobs',
    listed.items.filter((j) => erased.jobIds.includes(j.id) || j.personId === erased.personId).length,
  );
  for (const cluster of await metadata.clusters.listByModel(embedder.id)) {
    note(`cluster ${cluster.id} of the person`, cluster.personId === erased.personId);
    note(
      `cluster ${cluster.id} with a face`,
      cluster.faceIds.some((id) => erased.faceIds.includes(id)),
    );
  }
  return traces;
}
