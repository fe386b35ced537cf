import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// Limits the API puts on what it is sent, through HTTP: webhook targets (no private address in any form,
// only the allowed ports). Webhooks to private addresses are off here, as by default.

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
