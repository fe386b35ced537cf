import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { b64, solidPng } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

// one image at a time and one waiting: a third concurrent image is refused
const api = await createTestApi({ FREEFACE_MAX_CONCURRENT_IMAGES: '1', FREEFACE_MAX_QUEUED_IMAGES: '1' });
afterAll(() => api.close());
const headers = await api.headersFor('viewer');

async function detect(payload: Record<string, unknown>) {
  const response = await api.app.inject({ method: 'POST', url: '/api/v1/faces/detect', headers, payload });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

const concurrently = (n: number, payload: Record<string, unknown>) =>
  Promise.all(Array.from({ length: n }, () => detect(payload)));

describe('images past the limit of the process', () => {
  it('answers 503 OVERLOADED with Retry-After to images past the queue, and the rest as usual', async () => {
    const answers = await concurrently(8, { image_data: solidPng(1200, 1200).toString('base64') });
    const refused = answers.filter((a) => a.status === 503);
    const answered = answers.filter((a) => a.status === 200);
    expect(refused.length + answered.length).toBe(8);
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(r.body).toMatchObject({ success: false, code: 'OVERLOADED', data: null });
      expect(r.body.message).toMatch(/busy.*try again in \d+ s/);
    }
    expect(api.deps.analyzer.limiter.running + api.deps.analyzer.limiter.waiting).toBe(0);
  });

  it.skipIf(!faces)('answers the images it takes as it would one at a time', async () => {
    const body = { image_data: b64('group/bbt1.jpg') };
    const alone = await detect(body);
    expect(alone.status).toBe(200);
    const answers = await concurrently(6, body);
    const answered = answers.filter((a) => a.status === 200);
    expect(answered.length).toBeGreaterThanOrEqual(2);
    for (const a of answered) expect(a.body.data.faces).toEqual(alone.body.data.faces);
  });
});
