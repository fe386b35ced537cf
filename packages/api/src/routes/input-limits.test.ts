import { once } from 'node:events';
import { type AddressInfo, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { imageObjectKey } from '@freeface/enrollment';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// Limits the API puts on what it is sent, through HTTP: webhook targets (no private address in any form,
// only the allowed ports), path parameters and headers. Webhooks to private addresses are off here, as by default.

const api = await createTestApi();
afterAll(() => api.close());
const headers = await api.adminHeaders();
const call = apiCaller(api.app, headers);
const image = solidPng(64, 64).toString('base64');

describe('webhook_url of POST /faces/enroll_async', () => {
  it.each([
    'http://[64:ff9b::7f00:1]/',
    'http://[64:ff9b:1::a9fe:a9fe]/',
    'http://[2002:7f00:1::]/',
    'http://[::127.0.0.1]/',
    'http://[::ffff:10.0.0.1]/',
  ])('refuses %s: an IPv6 form of a private IPv4 address', async (webhook_url) => {
    const answer = await call('POST', '/faces/enroll_async', { image_data: image, webhook_url });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ success: false, code: 'INVALID_ARGUMENT' });
    expect(answer.body.message).toMatch(/private/);
  });

  it('refuses a port the settings do not list', async () => {
    const answer = await call('POST', '/faces/enroll_async', {
      image_data: image,
      webhook_url: 'https://example.com:6379/hook',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/port 6379; webhooks go to ports 80, 443, 8080, 8443 only/);
  });
});

describe('path parameters and headers', () => {
  it('takes ids as long as their schemas allow, and answers in the envelope beyond', async () => {
    expect((await call('GET', `/persons/${'p'.repeat(128)}`)).status).toBe(404);
    expect((await call('GET', `/faces/${'f'.repeat(120)}`)).status).toBe(404);
    const external = await call('GET', `/persons/by_external_id/${'é'.repeat(256)}`);
    expect(external.status).toBe(404);
    expect(external.body.code).toBe('NOT_FOUND');
    const tooLongForTheSchema = await call('GET', `/persons/${'p'.repeat(129)}`);
    expect(tooLongForTheSchema.status).toBe(400);
    expect(tooLongForTheSchema.body.code).toBe('INVALID_ARGUMENT');
    const tooLongForTheRouter = await call('GET', `/persons/${'p'.repeat(5000)}`);
    expect(tooLongForTheRouter.status).toBe(414);
    expect(tooLongForTheRouter.body).toEqual({
      success: false,
      code: 'URI_TOO_LONG',
      message: expect.stringMatching(/longer than/),
      data: null,
    });
    const badEscape = await call('GET', '/persons/%E0%A4%A');
    expect(badEscape.status).toBe(400);
    expect(badEscape.body).toMatchObject({ success: false, code: 'INVALID_ARGUMENT' });
  });

  it('answers headers too large with 431 in the envelope', async () => {
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = api.app.server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    let text = '';
    for await (const chunk of socket) text += chunk;
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({
      success: false,
      code: 'HEADERS_TOO_LARGE',
    });
  });
});

/** {a:{a:...{}}}: an object nested this many levels deep */
const nested = (levels: number): Record<string, unknown> => {
  let value: Record<string, unknown> = {};
  for (let n = 1; n < levels; n++) value = { a: value };
  return value;
};

describe('metadata of persons', () => {
  it('takes metadata within the limits', async () => {
    const metadata = { team: 'blue', tags: ['a', 'b'], deep: nested(7) };
    const created = await call('POST', '/persons', { metadata });
    expect(created.status).toBe(201);
    expect(created.body.data.metadata).toEqual(metadata);
  });

  it.each([
    ['nested 9 levels', nested(9), /metadata is nested 9 levels deep; at most 8/],
    [
      'with 200,000 keys',
      Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i])),
      /metadata has 200000 keys in all; at most 256/,
    ],
    ['of 15 MB', { text: 'x'.repeat(15 * 1024 * 1024) }, /metadata is \d+ bytes as JSON; at most 16384/],
  ])('refuses metadata %s, before storing it, on create and on update', async (_, metadata, message) => {
    const before = (await call('GET', '/persons?limit=1000')).body.data.persons.length;
    const created = await call('POST', '/persons', { name: 'too much', metadata });
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({
      success: false,
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(message),
    });
    expect((await call('GET', '/persons?limit=1000')).body.data.persons.length).toBe(before);
    const person = (await call('POST', '/persons', { name: 'fine' })).body.data;
    const updated = await call('PUT', `/persons/${person.person_id}`, { metadata });
    expect(updated.status).toBe(400);
    expect(updated.body.message).toMatch(message);
    expect((await call('GET', `/persons/${person.person_id}`)).body.data.metadata).toEqual({});
  });

  it('refuses metadata nested 5000 levels deep with a 400, not a 500', async () => {
    // sent as text: JSON.stringify of the test's own payload would overflow first
    const deep = `${'{"a":'.repeat(4999)}{}${'}'.repeat(4999)}`;
    for (const [method, url] of [
      ['POST', '/persons'],
      ['PUT', `/persons/${(await call('POST', '/persons', {})).body.data.person_id}`],
    ] as const) {
      const answer = await api.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: `{"metadata":${deep}}`,
      });
      expect(answer.statusCode, url).toBe(400);
      expect(answer.json().message).toMatch(/metadata is nested 5000 levels deep; at most 8/);
    }
  });

  it('shows a stored person whose metadata cannot be shown, with a marker, in its page and alone', async () => {
    const now = new Date();
    // stored before the limits were there: written to the store directly
    await api.deps.storage.metadata.persons.create({
      id: 'deep-person',
      metadata: nested(1000),
      createdAt: now,
      updatedAt: now,
    });
    const alone = await call('GET', '/persons/deep-person');
    expect(alone.status).toBe(200);
    expect(alone.body.data.metadata._freeface_error).toMatch(/nested 1000 levels deep.*PUT \/persons\/deep-person/);
    const page = await call('GET', '/persons?limit=1000');
    expect(page.status).toBe(200);
    expect(page.body.data.persons.map((p: { person_id: string }) => p.person_id)).toContain('deep-person');
    const fixed = await call('PUT', '/persons/deep-person', { metadata: { fixed: true } });
    expect(fixed.body.data.metadata).toEqual({ fixed: true });
  });
});

describe('images the decoder cannot read', () => {
  it("answer the API's own message, never the decoder's", async () => {
    const cut = solidPng(32, 32).subarray(0, 60).toString('base64');
    const answer = await call('POST', '/faces/detect', { image_data: cut });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      success: false,
      code: 'IMAGE_UNREADABLE',
      message: 'image_data: the image cannot be read: it is damaged or cut short; send a whole jpeg, png, webp file',
      data: null,
    });
  });
});

describe('the image of an async job that failed for good', () => {
  it('is removed from object storage when nothing else uses it', async () => {
    // a PNG by its first bytes, cut short: enroll_async takes it, its job fails (IMAGE_UNREADABLE)
    const cut = solidPng(48, 48).subarray(0, 70);
    const submitted = await call('POST', '/faces/enroll_async', { image_data: cut.toString('base64') });
    expect(submitted.status).toBe(202);
    const { job_id: jobId, image_id: imageId } = submitted.body.data;
    const key = imageObjectKey(imageId);
    let job = submitted.body.data;
    for (let i = 0; i < 400 && job.status !== 'failed' && job.status !== 'completed'; i++) {
      await sleep(25);
      job = (await call('GET', `/faces/enroll/status/${jobId}`)).body.data;
    }
    expect(job.status).toBe('failed');
    for (let i = 0; i < 100 && (await api.deps.storage.objects.head(key)); i++) await sleep(20);
    expect(await api.deps.storage.objects.head(key)).toBeUndefined();
  });
});
