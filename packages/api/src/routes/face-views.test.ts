import { requireTestData } from '@freeface/testing';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// A person's faces, a face's thumbnail, and search matches that name their person, with the real models.

const faces = requireTestData('faces');
const api = faces ? await createTestApi() : undefined;
afterAll(() => api?.close());

describe.skipIf(!faces)('faces to look at', () => {
  it('lists a person’s faces page by page, and cuts a JPEG thumbnail of each with cache headers', async () => {
    const call = apiCaller((api as NonNullable<typeof api>).app, await (api as NonNullable<typeof api>).adminHeaders());
    const person = (await call('POST', '/persons', { name: 'Penny', external_id: 'views-penny' })).body.data;
    const made: string[] = [];
    for (const file of ['identities/penny/penny1.png', 'identities/penny/penny2.png', 'identities/penny/penny3.png']) {
      const enrolled = await call('POST', '/faces/enroll', { person_id: person.person_id, image_data: b64(file) });
      expect(enrolled.status).toBe(201);
      made.push(enrolled.body.data.faces[0].face_id);
    }
    const listed: string[] = [];
    let token: string | null = null;
    do {
      const page = await call(
        'GET',
        `/persons/${person.person_id}/faces?limit=2${token ? `&page_token=${token}` : ''}`,
      );
      expect(page.status).toBe(200);
      listed.push(...page.body.data.faces.map((f: { face_id: string; person_id: string }) => f.face_id));
      token = page.body.data.next_page_token;
    } while (token);
    expect(listed.sort()).toEqual([...made].sort());
    expect((await call('GET', '/persons/nobody/faces')).status).toBe(404);

    const headers = await (api as NonNullable<typeof api>).adminHeaders();
    const url = `/api/v1/faces/${made[0]}/thumbnail?size=96`;
    const thumb = await (api as NonNullable<typeof api>).app.inject({ url, headers });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.headers['cache-control']).toContain('max-age');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 96, 96]);
    // a face in it: the detector finds one in the thumbnail
    const detected = await call('POST', '/faces/detect', { image_data: thumb.rawPayload.toString('base64') });
    expect(detected.body.data.faces.length).toBe(1);
    const again = await (api as NonNullable<typeof api>).app.inject({
      url,
      headers: { ...headers, 'if-none-match': thumb.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect((await call('GET', '/faces/nobody/thumbnail')).status).toBe(404);
    expect((await call('GET', `/faces/${made[0]}/thumbnail?size=5000`)).status).toBe(400);
  });

  it('names the person of each search match: person_id, name, external_id', async () => {
    const call = apiCaller((api as NonNullable<typeof api>).app, await (api as NonNullable<typeof api>).adminHeaders());
    const found = await call('POST', '/faces/search', { image_data: b64('identities/penny/penny4.png') });
    expect(found.status).toBe(200);
    expect(found.body.data.matches.length).toBeGreaterThan(0);
    for (const match of found.body.data.matches) {
      expect(match).toMatchObject({ name: 'Penny', external_id: 'views-penny', person_id: expect.any(String) });
    }
  });
});
