import { faceImage, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../app.js';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

const api = await createTestApi();
afterAll(() => api.close());
const admin = await api.adminHeaders();
const viewerHeaders = await api.headersFor('viewer');
const call = apiCaller(api.app, admin);
const viewer = apiCaller(api.app, viewerHeaders);

describe.skipIf(!faces)('an empty store', () => {
  it('knows no image and recognizes nobody, with no similarity to report', async () => {
    const recognized = await viewer('POST', '/faces/recognize', { image_data: b64('identities/amy/amy1.png') });
    expect(recognized.status).toBe(200);
    expect(recognized.body.data.faces).toEqual([
      expect.objectContaining({ person_id: null, external_id: null, name: null, similarity: null }),
    ]);
    expect(
      (await viewer('POST', '/faces/search', { image_data: b64('identities/amy/amy1.png') })).body.data.matches,
    ).toEqual([]);
  });
});

describe('images', () => {
  it.skipIf(!faces)('shows an enrolled image and streams its bytes with their content type', async () => {
    const personId = (await call('POST', '/persons', {})).body.data.person_id;
    const file = 'identities/sheldon/sheldon4.png';
    const { image_id: imageId } = (await call('POST', '/faces/enroll', { person_id: personId, image_data: b64(file) }))
      .body.data;

    const meta = await viewer('GET', `/images/${imageId}`);
    expect(meta.body.data).toEqual({
      image_id: imageId,
      content_type: 'image/png',
      width: 150,
      height: 150,
      bytes: faceImage(file).length,
      created_at: expect.any(String),
    });

    const download = await api.app.inject({
      method: 'GET',
      url: `${API_PREFIX}/images/${imageId}/download`,
      headers: viewerHeaders,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers.etag).toBe(`"${imageId}"`);
    expect(download.rawPayload.equals(faceImage(file))).toBe(true);
  });

  it('answers 404 for an unknown image, 400 for an id that is no sha256, 401 without a token', async () => {
    const unknown = 'ab'.repeat(32);
    expect((await viewer('GET', `/images/${unknown}`)).status).toBe(404);
    const download = await viewer('GET', `/images/${unknown}/download`);
    expect(download.status).toBe(404);
    expect(download.body.code).toBe('NOT_FOUND');
    const bad = await viewer('GET', '/images/..%2F..%2Fetc%2Fpasswd');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('sha256');
    expect((await apiCaller(api.app, {})('GET', `/images/${unknown}`)).status).toBe(401);
  });
});
