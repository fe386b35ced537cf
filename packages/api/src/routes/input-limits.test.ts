import { once } from 'node:events';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// Limits the API puts on what it is sent, through HTTP: webhook targets (no private address in any form,
// only the allowed ports), path parameters and headers. Webhooks to private addresses are off here, as by default.

const api = await createTestApi();
afterAll(() => api.close());
const call = apiCaller(api.app, await api.adminHeaders());
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
