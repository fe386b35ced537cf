import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../app.js';
import { apiCaller, b64, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// Bad input on every face, person and image endpoint: each a clear 4xx with the error envelope, never a
// 5xx, and nothing stored is lost. A small image limit, so that "too large" is cheap to send.

const faces = requireTestData('faces');

const MAX_IMAGE_BYTES = 200_000;
const api = await createTestApi({ FREEFACE_MAX_IMAGE_BYTES: String(MAX_IMAGE_BYTES) });
afterAll(() => api.close());
const headers = await api.adminHeaders();
const call = apiCaller(api.app, headers);

const personId = (await call('POST', '/persons', { external_id: 'kept' })).body.data.person_id;
const enrolled = faces
  ? (await call('POST', '/faces/enroll', { person_id: personId, image_data: b64('identities/amy/amy1.png') })).body.data
  : undefined;

const IMAGE_ENDPOINTS = [
  '/faces/enroll',
  '/faces/enroll_async',
  '/faces/search',
  '/faces/recognize',
  '/faces/detect',
  '/faces/verify',
];
/** fields of the wrong type or out of range, per endpoint that has them */
const WRONG_TYPES: Record<string, Record<string, unknown>> = {
  '/faces/enroll': { enable_multi_face: 'yes', quality_threshold: 2, seen_at: 'last tuesday' },
  '/faces/enroll_async': { priority: 'urgent', location: { lat: 100, lon: 0 } },
  '/faces/search': { top_k: 0, threshold: 'high' },
  '/faces/recognize': { threshold: 5, source_id: 42 },
  '/faces/verify': { threshold: 'strict' },
};

/** a valid body of each endpoint, with the image field replaced */
const bodyFor = (url: string, image: unknown): Record<string, unknown> => ({
  image_data: image,
  ...(url.includes('enroll') ? { person_id: personId } : {}),
  ...(url.endsWith('verify') ? { reference_image_data: b64('identities/amy/amy2.png') } : {}),
});

function expectError(
  answer: { status: number; body: { success: boolean; code: string; message: string } },
  status: number,
  code: string,
) {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ success: false, code, data: null });
  expect(answer.body.message.length).toBeGreaterThan(5);
}

describe.each(IMAGE_ENDPOINTS)('POST %s with bad input', (url) => {
  // a valid body of /faces/verify carries a reference image of the shared test data
  const bodyNeedsFaces = url.endsWith('verify');
  it('refuses a body that is not JSON, or not JSON at all', async () => {
    const broken = await api.app.inject({
      method: 'POST',
      url: `${API_PREFIX}${url}`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"image_data": "abc",',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ success: false, code: 'INVALID_ARGUMENT' });
    const text = await api.app.inject({
      method: 'POST',
      url: `${API_PREFIX}${url}`,
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(400); // read as a string, which is not the object asked for
    expect(text.json()).toMatchObject({ success: false, code: 'INVALID_ARGUMENT' });
    const xml = await api.app.inject({
      method: 'POST',
      url: `${API_PREFIX}${url}`,
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<image/>',
    });
    expect(xml.statusCode).toBe(415);
  });

  it.skipIf(!faces && (bodyNeedsFaces || url in WRONG_TYPES))(
    'refuses missing fields and wrong types, saying which',
    async () => {
      const missing = await call('POST', url, {});
      expectError(missing, 400, 'INVALID_ARGUMENT');
      expect(missing.body.message).toContain('image_data');
      expectError(await call('POST', url, bodyFor(url, 12345)), 400, 'INVALID_ARGUMENT');
      expectError(await call('POST', url, bodyFor(url, ['a', 'b'])), 400, 'INVALID_ARGUMENT');
      expectError(await call('POST', url, bodyFor(url, '')), 400, 'INVALID_ARGUMENT');
      const wrong = WRONG_TYPES[url];
      if (wrong) {
        const answer = await call('POST', url, { ...bodyFor(url, b64('identities/amy/amy1.png')), ...wrong });
        expectError(answer, 400, 'INVALID_ARGUMENT');
        for (const field of Object.keys(wrong)) expect(answer.body.message).toContain(field);
      }
    },
  );

  it.skipIf(!faces && bodyNeedsFaces)(
    'refuses base64 that is not base64, bytes that are no image, and images too large',
    async () => {
      const notBase64 = await call('POST', url, bodyFor(url, '%%% not base64 %%%'));
      expectError(notBase64, 400, 'INVALID_ARGUMENT');
      expect(notBase64.body.message).toContain('image_data is not base64');
      expectError(
        await call('POST', url, bodyFor(url, Buffer.from('just some text').toString('base64'))),
        400,
        'IMAGE_UNREADABLE',
      );
      // a PNG cut short: an image by its first bytes, unreadable past them (enroll_async only looks at those
      // before it answers; its job fails)
      const truncated = solidPng(32, 32).subarray(0, 40).toString('base64');
      const cut = await call('POST', url, bodyFor(url, truncated));
      if (url === '/faces/enroll_async') expect(cut.status).toBe(202);
      else expectError(cut, 400, 'IMAGE_UNREADABLE');
      const large = await call(
        'POST',
        url,
        bodyFor(url, Buffer.concat([solidPng(8, 8), Buffer.alloc(MAX_IMAGE_BYTES)]).toString('base64')),
      );
      expectError(large, 413, 'IMAGE_TOO_LARGE');
      expect(large.body.message).toContain(`at most ${MAX_IMAGE_BYTES}`);
    },
  );

  it.skipIf(!faces && bodyNeedsFaces)(
    'handles an image without a face: 422 for those that need one, an empty list for the others',
    async () => {
      const answer = await call('POST', url, bodyFor(url, solidPng(96, 96).toString('base64')));
      if (url === '/faces/recognize' || url === '/faces/detect') {
        expect(answer.status).toBe(200);
        expect(answer.body.data.faces).toEqual([]);
      } else if (url === '/faces/enroll_async') {
        expect(answer.status).toBe(202); // accepted; the job fails with NO_FACE (faces.routes.test.ts)
      } else {
        expectError(answer, 422, 'NO_FACE');
      }
    },
  );
});

describe('bad input elsewhere', () => {
  it('refuses a body larger than the server takes with 413', async () => {
    const huge = await api.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/faces/detect`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ image_data: 'A'.repeat(api.deps.config.api.bodyLimitBytes + 10) }),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('refuses persons with fields of the wrong type', async () => {
    expectError(await call('POST', '/persons', { external_id: 42 }), 400, 'INVALID_ARGUMENT');
    expectError(await call('POST', '/persons', { metadata: 'not an object' }), 400, 'INVALID_ARGUMENT');
    expectError(await call('POST', '/persons', { name: '' }), 400, 'INVALID_ARGUMENT');
    expectError(await call('PUT', `/persons/${personId}`, { name: 7 }), 400, 'INVALID_ARGUMENT');
  });

  it.skipIf(!faces)(
    'lost nothing: the person and the face from before are still there, and still recognized',
    async () => {
      expect((await call('GET', `/persons/${personId}`)).body.data.external_id).toBe('kept');
      expect((await call('GET', `/faces/${enrolled.faces[0].face_id}`)).status).toBe(200);
      const recognized = await call('POST', '/faces/recognize', { image_data: b64('identities/amy/amy2.png') });
      expect(recognized.body.data.faces[0].person_id).toBe(personId);
    },
  );
});
