import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '@freeface/enrollment';
import { faceLabels, freePort, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type Answer, apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

// enroll_async through the API with the in-process bus and workers: faces of no person, webhooks signed with
// the API key's secret, and the webhook rules. The receiver listens on 127.0.0.1, so private webhooks are on.

const hookPort = await freePort(); // webhooks go to the ports of the settings only
const api = await createTestApi({
  FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'true',
  FREEFACE_WEBHOOK_RETRY_BASE_MS: '50',
  FREEFACE_WEBHOOK_PORTS: String(hookPort),
});
afterAll(() => api.close());
const admin = apiCaller(api.app, await api.adminHeaders());
const operatorUser = apiCaller(api.app, await api.headersFor('operator'));
const created = await admin('POST', '/api-keys', { name: 'webhook-camera', role: 'operator' });
const { key, webhook_secret: secret } = created.body.data as { key: string; webhook_secret: string };
const machine = apiCaller(api.app, { 'x-api-key': key });

const received: Array<{ jobId: string; valid: boolean; event: string; body: string }> = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    const parsed = JSON.parse(body) as { event: string; job: { job_id: string } };
    const valid = verifyWebhook(
      secret,
      { signature: req.headers[SIGNATURE_HEADER] as string, timestamp: req.headers[TIMESTAMP_HEADER] as string },
      body,
    );
    received.push({ jobId: parsed.job.job_id, valid, event: parsed.event, body });
    res.writeHead(200).end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(hookPort, '127.0.0.1', resolve));
afterAll(() => receiver.close());
const hookUrl = `http://127.0.0.1:${hookPort}/freeface`;

async function finished(jobId: string): Promise<Answer> {
  for (let i = 0; i < 400; i++) {
    const status = await admin('GET', `/faces/enroll/status/${jobId}`);
    if (status.body.data.status === 'completed' || status.body.data.status === 'failed') return status;
    await sleep(50);
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe.skipIf(!faces)('enroll_async with webhooks (embedded bus and workers)', () => {
  it('enrolls faces of no person when neither person_id nor external_id is sent', async () => {
    const queued = await machine('POST', '/faces/enroll_async', { image_data: b64('identities/penny/penny1.png') });
    expect(queued.status).toBe(202);
    expect(queued.body.data).toMatchObject({ status: 'queued', person_id: null, external_id: null });
    const done = await finished(queued.body.data.job_id);
    expect(done.body.data).toMatchObject({ status: 'completed', person_id: null });
    const faceId = done.body.data.face_ids[0];
    const face = await admin('GET', `/faces/${faceId}`);
    expect(face.body.data.person_id).toBeNull();
    expect(done.body.data.faces).toEqual([{ face_id: faceId, person_id: null }]);
    // put in a person after the job ended (as face-cluster does, or a person by hand): the job's status says where
    const later = (await admin('POST', '/persons', { name: 'Later' })).body.data.person_id;
    expect((await admin('POST', `/faces/${faceId}/move`, { person_id: later })).status).toBe(200);
    const status = await admin('GET', `/faces/enroll/status/${queued.body.data.job_id}`);
    expect(status.body.data.faces).toEqual([{ face_id: faceId, person_id: later }]);
    expect(
      (
        await admin('POST', '/faces/enroll_async', {
          person_id: crypto.randomUUID(),
          external_id: 'x',
          image_data: b64('identities/penny/penny1.png'),
        })
      ).status,
    ).toBe(400);
  });

  it('POSTs every result once to the webhook, signed with the API key’s webhook secret', async () => {
    const images = Object.values(faceLabels().identities).map((files) => files[1] as string);
    const jobs: string[] = [];
    for (const file of images) {
      const queued = await machine('POST', '/faces/enroll_async', {
        external_id: `hook-${crypto.randomUUID()}`,
        image_data: b64(file),
        webhook_url: hookUrl,
        priority: 'critical',
      });
      expect(queued.status).toBe(202);
      jobs.push(queued.body.data.job_id);
    }
    for (const id of jobs) await finished(id);
    const until = Date.now() + 10_000;
    while (jobs.some((id) => !received.some((r) => r.jobId === id)) && Date.now() < until) await sleep(50);
    await sleep(300); // time enough for a duplicate to show
    const ours = received.filter((r) => jobs.includes(r.jobId));
    expect(ours.map((r) => r.jobId).sort()).toEqual([...jobs].sort());
    expect(ours.every((r) => r.valid && r.event === 'enroll.completed')).toBe(true);
    const status = await admin('GET', `/faces/enroll/status/${jobs[0]}`);
    const { webhook, ...shown } = status.body.data;
    expect(JSON.parse(ours.find((r) => r.jobId === jobs[0])?.body ?? '{}').job).toEqual(shown);
    expect(webhook).toMatchObject({ state: 'delivered', attempts: 1, last_status_code: 200, last_error: null });
  });

  it('refuses webhooks it cannot sign or must not send', async () => {
    const body = { image_data: b64('identities/amy/amy1.png'), webhook_url: hookUrl };
    const byUser = await operatorUser('POST', '/faces/enroll_async', body);
    expect(byUser.status).toBe(403);
    expect(byUser.body.message).toMatch(/API key/);
    const ftp = await machine('POST', '/faces/enroll_async', { ...body, webhook_url: 'ftp://example.com/x' });
    expect(ftp.status).toBe(400);
    expect(ftp.body.message).toMatch(/http or https/);
    const otherPort = await machine('POST', '/faces/enroll_async', { ...body, webhook_url: 'http://127.0.0.1:22/x' });
    expect(otherPort.status).toBe(400);
    expect(otherPort.body.message).toMatch(/port 22/);
  });
});
