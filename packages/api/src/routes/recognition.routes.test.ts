import { requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, b64, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

const api = await createTestApi();
afterAll(() => api.close());
const call = apiCaller(api.app, await api.adminHeaders());
const viewer = apiCaller(api.app, await api.headersFor('viewer'));
const blank = solidPng(120, 90).toString('base64');

// sheldon and leonard enrolled from two crops each; bbt1 holds raj, leonard, howard, sheldon
const enrolled: Record<string, { personId: string; faceIds: string[] }> = {};
beforeAll(async () => {
  if (!faces) return; // the tests of images without a face need no one enrolled
  for (const name of ['sheldon', 'leonard']) {
    const personId = (await call('POST', '/persons', { external_id: `${name}-${crypto.randomUUID()}`, name })).body.data
      .person_id;
    const faceIds: string[] = [];
    for (const n of [1, 2]) {
      const r = await call('POST', '/faces/enroll', {
        person_id: personId,
        image_data: b64(`identities/${name}/${name}${n}.png`),
      });
      faceIds.push(r.body.data.faces[0].face_id);
    }
    enrolled[name] = { personId, faceIds };
  }
});

describe('POST /faces/recognize', () => {
  it.skipIf(!faces)('names the enrolled people of a group photo left to right, the others unknown', async () => {
    const result = await viewer('POST', '/faces/recognize', { image_data: b64('group/bbt1.jpg') });
    expect(result.status).toBe(200);
    const { faces, threshold } = result.body.data;
    expect(threshold).toBe(api.deps.analyzer.matchThreshold);
    expect(faces.map((f: { bbox: { x: number } }) => f.bbox.x)).toEqual(
      [...faces.map((f: { bbox: { x: number } }) => f.bbox.x)].sort((a, b) => a - b),
    );
    expect(faces.map((f: { name: string | null }) => f.name)).toEqual([null, 'leonard', null, 'sheldon']);
    expect(faces[3]).toMatchObject({
      person_id: enrolled.sheldon?.personId,
      external_id: expect.stringMatching(/^sheldon-/),
      similarity: expect.any(Number),
      quality: expect.any(Number),
    });
    expect(faces[3].similarity).toBeGreaterThanOrEqual(threshold);
    expect(faces[0].similarity).toBeLessThan(threshold); // unknown, with the best similarity seen
  });

  it.skipIf(!faces)('takes the largest face only when asked, and a threshold per request', async () => {
    const largest = await call('POST', '/faces/recognize', {
      image_data: b64('group/bbt1.jpg'),
      enable_multi_face: false,
    });
    expect(largest.body.data.faces).toHaveLength(1);
    const strict = await call('POST', '/faces/recognize', { image_data: b64('group/bbt1.jpg'), threshold: 0.9999 });
    expect(strict.body.data.threshold).toBe(0.9999);
    expect(strict.body.data.faces.every((f: { person_id: string | null }) => f.person_id === null)).toBe(true);
    const lax = await call('POST', '/faces/recognize', { image_data: b64('group/bbt1.jpg'), threshold: -1 });
    expect(lax.body.data.faces.every((f: { person_id: string | null }) => f.person_id !== null)).toBe(true);
  });

  it.skipIf(!faces)('records a appearance per face named, at the time and place given (default: now)', async () => {
    const { personId } = enrolled.leonard as { personId: string };
    const before = Date.now();
    await call('POST', '/faces/recognize', { image_data: b64('group/bbt3.jpg') });
    await call('POST', '/faces/recognize', {
      image_data: b64('group/bbt5.jpg'),
      seen_at: '2022-01-01T00:00:00Z',
      location: { lat: 10, lon: 20 },
      source_id: 'cam-7',
    });
    const { appearances } = (await call('GET', `/persons/${personId}/timeline`)).body.data;
    const recent = appearances.filter((a: { seen_at: string }) => Date.parse(a.seen_at) >= before);
    expect(recent.length).toBeGreaterThanOrEqual(1);
    expect(recent[0]).toMatchObject({ location: null, source_id: null });
    expect(appearances.at(-1)).toMatchObject({
      person_id: personId,
      seen_at: '2022-01-01T00:00:00.000Z',
      location: { lat: 10, lon: 20 },
      source_id: 'cam-7',
      image_id: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // the same photo recognized again is the same appearance, not a second one
    const count = appearances.length;
    await call('POST', '/faces/recognize', { image_data: b64('group/bbt5.jpg'), seen_at: '2022-01-01T00:00:00Z' });
    expect((await call('GET', `/persons/${personId}/timeline`)).body.data.appearances).toHaveLength(count);
  });

  it('answers an empty list for an image without a face', async () => {
    const result = await call('POST', '/faces/recognize', { image_data: blank });
    expect(result.status).toBe(200);
    expect(result.body.data.faces).toEqual([]);
  });
});

describe('POST /faces/search', () => {
  it.skipIf(!faces)(
    'returns the enrolled faces most like the largest face, best first, above the threshold',
    async () => {
      const result = await viewer('POST', '/faces/search', { image_data: b64('identities/sheldon/sheldon3.png') });
      expect(result.status).toBe(200);
      const { matches, threshold } = result.body.data;
      expect(matches.map((m: { face_id: string }) => m.face_id).sort()).toEqual(
        [...(enrolled.sheldon?.faceIds ?? [])].sort(),
      );
      for (const m of matches) expect(m).toMatchObject({ person_id: enrolled.sheldon?.personId });
      expect(matches[0].similarity).toBeGreaterThanOrEqual(matches[1].similarity);
      expect(matches.at(-1).similarity).toBeGreaterThanOrEqual(threshold);

      const everything = await call('POST', '/faces/search', {
        image_data: b64('identities/sheldon/sheldon3.png'),
        threshold: -1,
        top_k: 3,
      });
      expect(everything.body.data.matches).toHaveLength(3);
    },
  );

  it('answers 422 NO_FACE for an image without a face', async () => {
    const result = await call('POST', '/faces/search', { image_data: blank });
    expect(result.status).toBe(422);
    expect(result.body.code).toBe('NO_FACE');
  });
});

describe.skipIf(!faces)('POST /faces/verify', () => {
  it('compares the largest faces of two images', async () => {
    const same = await viewer('POST', '/faces/verify', {
      image_data: b64('identities/penny/penny1.png'),
      reference_image_data: b64('identities/penny/penny3.png'),
    });
    expect(same.body.data).toEqual({
      similarity: expect.any(Number),
      threshold: api.deps.analyzer.matchThreshold,
      is_match: true,
    });
    const different = await viewer('POST', '/faces/verify', {
      image_data: b64('identities/penny/penny1.png'),
      reference_image_data: b64('identities/raj/raj1.png'),
    });
    expect(different.body.data.is_match).toBe(false);
    expect(different.body.data.similarity).toBeLessThan(same.body.data.similarity);
    const lenient = await viewer('POST', '/faces/verify', {
      image_data: b64('identities/penny/penny1.png'),
      reference_image_data: b64('identities/raj/raj1.png'),
      threshold: -1,
    });
    expect(lenient.body.data).toMatchObject({ threshold: -1, is_match: true });
  });

  it('says which image has no face', async () => {
    const result = await call('POST', '/faces/verify', {
      image_data: b64('identities/penny/penny1.png'),
      reference_image_data: blank,
    });
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ code: 'NO_FACE', message: 'no face found in reference_image_data' });
    const unreadable = await call('POST', '/faces/verify', {
      image_data: b64('identities/penny/penny1.png'),
      reference_image_data: Buffer.from('not an image at all').toString('base64'),
    });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.message).toContain('reference_image_data');
  });
});

describe.skipIf(!faces)('POST /faces/detect', () => {
  it('finds every face with landmarks and quality, left to right, storing nothing', async () => {
    const result = await viewer('POST', '/faces/detect', { image_data: b64('group/bbt4.jpg') });
    expect(result.status).toBe(200);
    const { faces } = result.body.data;
    expect(faces).toHaveLength(6);
    for (const f of faces) {
      expect(f.landmarks).toHaveLength(f.landmark_scheme === 'five' ? 5 : 6);
      expect(f.detection_score).toBeGreaterThan(0);
      expect(f.quality).toBeGreaterThan(0);
      expect(Array.isArray(f.quality_reasons)).toBe(true);
    }
    const xs = faces.map((f: { bbox: { x: number } }) => f.bbox.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const empty = await call('POST', '/faces/detect', { image_data: blank });
    expect(empty.body.data.faces).toEqual([]);
  });

  it('gives the reasons of a poor face', async () => {
    const tiny = await call('POST', '/faces/detect', { image_data: b64('group/bbt2.jpg') });
    const reasons = tiny.body.data.faces.flatMap((f: { quality_reasons: string[] }) => f.quality_reasons);
    expect(reasons.length).toBeGreaterThan(0); // the half-cut face at the left edge
    expect(reasons).toContain('cut_at_edge');
  });
});
