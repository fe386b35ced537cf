import { setTimeout as sleep } from 'node:timers/promises';
import { imageObjectKey } from '@freeface/enrollment';
import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type Answer, apiCaller, b64, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

const api = await createTestApi();
afterAll(() => api.close());
const call = apiCaller(api.app, await api.adminHeaders());
const viewer = apiCaller(api.app, await api.headersFor('viewer'));
const operator = apiCaller(api.app, await api.headersFor('operator'));
const anonymous = apiCaller(api.app, {});

const newPerson = async (fields: Record<string, unknown> = {}): Promise<string> =>
  (await call('POST', '/persons', fields)).body.data.person_id;

async function finished(jobId: string): Promise<Answer> {
  for (let i = 0; i < 200; i++) {
    const status = await call('GET', `/faces/enroll/status/${jobId}`);
    if (status.body.data.status === 'completed' || status.body.data.status === 'failed') return status;
    await sleep(50);
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe.skipIf(!faces)('POST /faces/enroll', () => {
  it('enrolls the largest face under a person id, storing the image once under its sha256', async () => {
    const personId = await newPerson({ name: 'Amy' });
    const enrolled = await operator('POST', '/faces/enroll', {
      person_id: personId,
      image_data: b64('group/bbt1.jpg'),
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ success: true, data: { person_id: personId, external_id: null } });
    const { faces, image_id: imageId } = enrolled.body.data;
    expect(faces).toHaveLength(1); // bbt1 has four faces; the default is the largest only
    expect(faces[0]).toMatchObject({ person_id: personId, created: true, bbox: { x: expect.any(Number) } });
    expect(imageId).toMatch(/^[0-9a-f]{64}$/);
    expect(await api.deps.storage.objects.head(imageObjectKey(imageId))).toMatchObject({ contentType: 'image/jpeg' });

    // the largest of the four, by box area
    const detected = (await call('POST', '/faces/detect', { image_data: b64('group/bbt1.jpg') })).body.data.faces;
    const area = (f: { bbox: { width: number; height: number } }) => f.bbox.width * f.bbox.height;
    expect(area(faces[0])).toBe(Math.max(...detected.map(area)));
  });

  it('makes no duplicate faces when the same image is enrolled again; multi-face adds the others', async () => {
    const personId = await newPerson();
    const first = await call('POST', '/faces/enroll', { person_id: personId, image_data: b64('group/bbt1.jpg') });
    const again = await call('POST', '/faces/enroll', { person_id: personId, image_data: b64('group/bbt1.jpg') });
    expect(again.body.data.faces).toEqual([{ ...first.body.data.faces[0], created: false }]);
    expect(again.body.message).toContain('no new face');

    const all = await call('POST', '/faces/enroll', {
      person_id: personId,
      image_data: b64('group/bbt1.jpg'),
      enable_multi_face: true,
    });
    expect(all.body.data.faces).toHaveLength(4);
    expect(all.body.data.faces.filter((f: { created: boolean }) => !f.created)).toEqual([
      { ...first.body.data.faces[0], created: false },
    ]);
    const stored = await api.deps.storage.metadata.faces.listByPersonAndImage(personId, first.body.data.image_id);
    expect(stored).toHaveLength(4);
    const index = await api.deps.storage.vectors.index(
      api.deps.analyzer.embedder.id,
      api.deps.analyzer.embedder.dimension,
    );
    const probe = new Float32Array(api.deps.analyzer.embedder.dimension).fill(1);
    expect(await index.search(probe, 10, { kind: 'person', personId })).toHaveLength(4);
  });

  it('makes one face, and one person, when the same enrollment arrives several times at once', async () => {
    const externalId = `race-${crypto.randomUUID()}`;
    const body = { external_id: externalId, image_data: b64('identities/stuart/stuart3.png') };
    const answers = await Promise.all(Array.from({ length: 6 }, () => call('POST', '/faces/enroll', body)));
    // one of them made the face (201); the others found it made (200)
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.data.person_id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.data.faces[0].face_id)).size).toBe(1);
    expect(answers.filter((a) => a.body.data.faces[0].created)).toHaveLength(1);
    const personId = answers[0]?.body.data.person_id;
    expect((await api.deps.storage.metadata.faces.listByPerson(personId, { limit: 10 })).items).toHaveLength(1);
  });

  it('counts and times enrollments in the metrics', async () => {
    const personId = await newPerson();
    await call('POST', '/faces/enroll', { person_id: personId, image_data: b64('identities/amy/amy3.png') });
    await call('POST', '/faces/enroll', { person_id: personId, image_data: solidPng(40, 40).toString('base64') });
    const text = (await api.app.inject({ url: '/api/v1/metrics/prometheus', headers: await api.adminHeaders() })).body;
    expect(text).toMatch(/freeface_face_operations_total\{[^}]*operation="enroll",outcome="ok"[^}]*\} [1-9]/);
    expect(text).toMatch(/freeface_face_operations_total\{[^}]*operation="enroll",outcome="NO_FACE"[^}]*\} [1-9]/);
    expect(text).toMatch(/freeface_faces_enrolled_total\{[^}]*\} [1-9]/);
  });

  it('creates the person of a new external id, and finds it the next time', async () => {
    const externalId = `ext-${crypto.randomUUID()}`;
    const first = await call('POST', '/faces/enroll', {
      external_id: externalId,
      image_data: b64('identities/penny/penny1.png'),
    });
    expect(first.status).toBe(201);
    expect(first.body.data.external_id).toBe(externalId);
    const second = await call('POST', '/faces/enroll', {
      external_id: externalId,
      image_data: b64('identities/penny/penny2.png'),
    });
    expect(second.body.data.person_id).toBe(first.body.data.person_id);
    const person = await call('GET', `/persons/by_external_id/${externalId}`);
    expect(person.body.data.person_id).toBe(first.body.data.person_id);
  });

  it('records a appearance for an enrollment that says when and where', async () => {
    const personId = await newPerson();
    await call('POST', '/faces/enroll', {
      person_id: personId,
      image_data: b64('identities/howard/howard1.png'),
      seen_at: '2023-05-01T08:00:00+02:00',
      location: { lat: 1.5, lon: 2.5 },
      source_id: 'front-door',
    });
    const timeline = await call('GET', `/persons/${personId}/timeline`);
    expect(timeline.body.data.appearances).toEqual([
      expect.objectContaining({
        seen_at: '2023-05-01T06:00:00.000Z',
        location: { lat: 1.5, lon: 2.5 },
        source_id: 'front-door',
        similarity: 1,
      }),
    ]);
    // without any of them, no appearance
    const quiet = await newPerson();
    await call('POST', '/faces/enroll', { person_id: quiet, image_data: b64('identities/howard/howard2.png') });
    expect((await call('GET', `/persons/${quiet}/timeline`)).body.data.appearances).toEqual([]);
  });

  it('answers 422 NO_FACE for an image without a face, or with faces under the quality threshold', async () => {
    const personId = await newPerson();
    const blank = await call('POST', '/faces/enroll', {
      person_id: personId,
      image_data: solidPng(64, 64).toString('base64'),
    });
    expect(blank.status).toBe(422);
    expect(blank.body).toMatchObject({ success: false, code: 'NO_FACE', message: 'no face found in image_data' });
    const picky = await call('POST', '/faces/enroll', {
      person_id: personId,
      image_data: b64('group/bbt2.jpg'),
      quality_threshold: 1,
    });
    expect(picky.status).toBe(422);
    expect(picky.body.message).toMatch(/no face in image_data is good enough: \d+ found.*quality_threshold/);
    expect((await api.deps.storage.metadata.faces.listByPerson(personId, { limit: 10 })).items).toEqual([]);
  });

  it('refuses a request without exactly one of person_id and external_id, and an unknown person', async () => {
    const image_data = b64('identities/amy/amy1.png');
    const neither = await call('POST', '/faces/enroll', { image_data });
    expect(neither.status).toBe(400);
    expect(neither.body.message).toContain('person_id or external_id');
    const both = await call('POST', '/faces/enroll', { image_data, person_id: 'a', external_id: 'b' });
    expect(both.status).toBe(400);
    const unknown = await call('POST', '/faces/enroll', { image_data, person_id: crypto.randomUUID() });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });

  it('is for operators: a viewer gets 403, no token 401', async () => {
    const personId = await newPerson();
    const body = { person_id: personId, image_data: b64('identities/amy/amy1.png') };
    expect((await viewer('POST', '/faces/enroll', body)).status).toBe(403);
    expect((await anonymous('POST', '/faces/enroll', body)).status).toBe(401);
    expect((await viewer('POST', '/faces/enroll_async', body)).status).toBe(403);
  });
});

describe('POST /faces/enroll_async', () => {
  it.skipIf(!faces)('answers at once with a queued job that completes with the face ids', async () => {
    const personId = await newPerson();
    const queued = await operator('POST', '/faces/enroll_async', {
      person_id: personId,
      image_data: b64('identities/leonard/leonard1.png'),
      priority: 'high',
    });
    expect(queued.status).toBe(202);
    expect(queued.body.data).toMatchObject({
      status: 'queued',
      priority: 'high',
      person_id: personId,
      face_ids: [],
      error: null,
    });
    // the image is stored before the answer
    expect(await api.deps.storage.objects.head(imageObjectKey(queued.body.data.image_id))).toBeDefined();

    const done = await finished(queued.body.data.job_id);
    expect(done.body.data).toMatchObject({ status: 'completed', attempts: 1, error: null });
    expect(done.body.data.face_ids).toHaveLength(1);
    const face = await viewer('GET', `/faces/${done.body.data.face_ids[0]}`);
    expect(face.body.data).toMatchObject({ person_id: personId, image_id: queued.body.data.image_id });
  });

  it.skipIf(!faces)('enrolls under a new external id, and tells the person once done', async () => {
    const externalId = `async-${crypto.randomUUID()}`;
    const queued = await call('POST', '/faces/enroll_async', {
      external_id: externalId,
      image_data: b64('identities/raj/raj1.png'),
    });
    expect(queued.body.data).toMatchObject({ person_id: null, external_id: externalId });
    const done = await finished(queued.body.data.job_id);
    const person = await call('GET', `/persons/by_external_id/${externalId}`);
    expect(done.body.data.person_id).toBe(person.body.data.person_id);
  });

  it('fails a job whose image has no face, with the reason', async () => {
    const personId = await newPerson();
    const queued = await call('POST', '/faces/enroll_async', {
      person_id: personId,
      image_data: solidPng(80, 60).toString('base64'),
    });
    expect(queued.status).toBe(202);
    const done = await finished(queued.body.data.job_id);
    expect(done.body.data).toMatchObject({
      status: 'failed',
      face_ids: [],
      error: { code: 'NO_FACE', message: 'no face found in image_data' },
    });
  });

  it.skipIf(!faces)(
    'refuses at once what it can check at once: an unknown person, bytes that are no image',
    async () => {
      const unknown = await call('POST', '/faces/enroll_async', {
        person_id: crypto.randomUUID(),
        image_data: b64('identities/amy/amy1.png'),
      });
      expect(unknown.status).toBe(404);
      const personId = await newPerson();
      const text = await call('POST', '/faces/enroll_async', {
        person_id: personId,
        image_data: Buffer.from('hello').toString('base64'),
      });
      expect(text.status).toBe(400);
      expect(text.body.code).toBe('IMAGE_UNREADABLE');
      expect((await call('GET', `/faces/enroll/status/${crypto.randomUUID()}`)).status).toBe(404);
    },
  );
});

describe.skipIf(!faces)('GET and DELETE /faces/{face_id}', () => {
  it('shows a face, and deletes it with its vector; the image stays while another face uses it', async () => {
    const [a, b] = [await newPerson(), await newPerson()];
    const image_data = b64('identities/bernadette/bernadette1.png');
    const faceA = (await call('POST', '/faces/enroll', { person_id: a, image_data })).body.data;
    const faceB = (await call('POST', '/faces/enroll', { person_id: b, image_data })).body.data;
    expect(faceA.image_id).toBe(faceB.image_id);
    const idA = faceA.faces[0].face_id;
    const idB = faceB.faces[0].face_id;

    const shown = await viewer('GET', `/faces/${idA}`);
    expect(shown.body.data).toEqual({
      face_id: idA,
      person_id: a,
      image_id: faceA.image_id,
      model: api.deps.analyzer.embedder.id,
      bbox: faceA.faces[0].bbox,
      detection_score: expect.any(Number),
      quality: faceA.faces[0].quality,
      created_at: expect.stringMatching(/^\d{4}-/),
    });

    expect((await viewer('DELETE', `/faces/${idA}`)).status).toBe(403);
    const first = await operator('DELETE', `/faces/${idA}`);
    expect(first.body.data).toEqual({ face_id: idA, deleted_faces: 1, deleted_images: 0 });
    expect((await call('GET', `/faces/${idA}`)).status).toBe(404);
    expect((await call('GET', `/images/${faceA.image_id}`)).status).toBe(200);
    const index = await api.deps.storage.vectors.index(
      api.deps.analyzer.embedder.id,
      api.deps.analyzer.embedder.dimension,
    );
    const probe = new Float32Array(api.deps.analyzer.embedder.dimension).fill(1);
    expect(await index.search(probe, 5, { kind: 'person', personId: a })).toEqual([]);

    const second = await operator('DELETE', `/faces/${idB}`);
    expect(second.body.data).toEqual({ face_id: idB, deleted_faces: 1, deleted_images: 1 });
    expect((await call('GET', `/images/${faceA.image_id}`)).status).toBe(404);
    expect(await api.deps.storage.objects.head(imageObjectKey(faceA.image_id))).toBeUndefined();
    expect((await call('DELETE', `/faces/${idB}`)).status).toBe(404);
  });
});
