import { faceImage, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { b64, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// multipart/form-data on the image endpoints, as curl -F image=@photo.jpg sends it: the same answers as JSON base64.

const faces = requireTestData('faces');
const api = faces ? await createTestApi({ FREEFACE_MAX_IMAGE_BYTES: String(2 * 1024 * 1024) }) : undefined;
afterAll(() => api?.close());

/** a multipart body as a browser or curl makes it */
async function form(fields: Record<string, string | Buffer>): Promise<{ payload: Buffer; type: string }> {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, new Blob([value], { type: 'image/jpeg' }), `${name}.jpg`);
  }
  const request = new Request('http://local/', { method: 'POST', body: data });
  return { payload: Buffer.from(await request.arrayBuffer()), type: request.headers.get('content-type') as string };
}

async function post(url: string, fields: Record<string, string | Buffer>) {
  const { payload, type } = await form(fields);
  const headers = { ...(await (api as NonNullable<typeof api>).headersFor('operator')), 'content-type': type };
  const answer = await (api as NonNullable<typeof api>).app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers,
    payload,
  });
  return { status: answer.statusCode, body: answer.json() };
}

describe.skipIf(!faces)('multipart/form-data uploads', () => {
  it('detects the same faces from a file as from base64', async () => {
    const asFile = await post('/faces/detect', { image: faceImage('group/bbt1.jpg') });
    expect(asFile.status).toBe(200);
    const headers = await (api as NonNullable<typeof api>).headersFor('viewer');
    const asJson = await (api as NonNullable<typeof api>).app.inject({
      method: 'POST',
      url: '/api/v1/faces/detect',
      headers,
      payload: { image_data: b64('group/bbt1.jpg') },
    });
    expect(asFile.body.data.faces.length).toBeGreaterThan(1);
    expect(asFile.body.data).toEqual(asJson.json().data);
  });

  it('enrolls with form fields beside the file, and verifies two files', async () => {
    const made = await (api as NonNullable<typeof api>).app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: await (api as NonNullable<typeof api>).headersFor('operator'),
      payload: { name: 'Formed' },
    });
    const personId = made.json().data.person_id;
    const enrolled = await post('/faces/enroll', {
      person_id: personId,
      enable_multi_face: 'false',
      quality_threshold: '0',
      seen_at: '2026-01-02T03:04:05Z',
      location: '{"lat":52.52,"lon":13.4}',
      image: faceImage('identities/penny/penny1.png'),
    });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    expect(enrolled.body.data).toMatchObject({
      person_id: personId,
      faces: [expect.objectContaining({ created: true })],
    });

    const verified = await post('/faces/verify', {
      image: faceImage('identities/penny/penny1.png'),
      reference_image: faceImage('identities/penny/penny2.png'),
    });
    expect(verified.status).toBe(200);
    expect(verified.body.data.is_match).toBe(true);
  });

  it('holds files to the same limits and names the field: too large, not an image, missing', async () => {
    const big = Buffer.concat([solidPng(8, 8), Buffer.alloc(2 * 1024 * 1024 + 10)]);
    const tooLarge = await post('/faces/detect', { image: big });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('IMAGE_TOO_LARGE');
    const notImage = await post('/faces/detect', { image: Buffer.from('hello, not a picture') });
    expect([notImage.status, notImage.body.code]).toEqual([400, 'IMAGE_UNREADABLE']);
    const missing = await post('/faces/verify', { image: faceImage('identities/penny/penny1.png') });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('reference_image_data');
    const badFlag = await post('/faces/recognize', { image: faceImage('group/bbt1.jpg'), enable_multi_face: 'maybe' });
    expect(badFlag.status).toBe(400);
  });

  it('documents both content types, the files as binary fields', async () => {
    const doc = (await (api as NonNullable<typeof api>).app.inject('/docs/json')).json();
    for (const path of ['/faces/enroll', '/faces/enroll_async', '/faces/search', '/faces/recognize', '/faces/detect']) {
      const content = doc.paths[`/api/v1${path}`].post.requestBody.content;
      expect(Object.keys(content), path).toEqual(['application/json', 'multipart/form-data']);
      expect(content['multipart/form-data'].schema.properties.image, path).toMatchObject({ format: 'binary' });
      expect(content['multipart/form-data'].schema.required, path).toContain('image');
    }
    const verify = doc.paths['/api/v1/faces/verify'].post.requestBody.content['multipart/form-data'].schema;
    expect(verify.required).toEqual(expect.arrayContaining(['image', 'reference_image']));
  });
});

describe.skipIf(!faces)('a multipart body that cannot be read', () => {
  it('is a 400 that says why, not a 500: no boundary, a cut-off body', async () => {
    const { app } = api as NonNullable<typeof api>;
    const headers = await (api as NonNullable<typeof api>).adminHeaders();
    const noBoundary = await app.inject({
      method: 'POST',
      url: '/api/v1/faces/detect',
      headers: { ...headers, 'content-type': 'multipart/form-data' },
      payload: '{"image_data": "0"}',
    });
    expect([noBoundary.statusCode, noBoundary.json().code]).toEqual([400, 'INVALID_ARGUMENT']);
    const cut = await app.inject({
      method: 'DELETE',
      url: '/api/v1/faces/0',
      headers: { ...headers, 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: '--xyz\r\ncontent-disposition: form-data; name="a"\r\n\r\nhal',
    });
    expect(cut.statusCode).toBeLessThan(500);
  });
});
