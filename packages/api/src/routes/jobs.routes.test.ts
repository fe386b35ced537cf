import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type EnrollJob, isJobDone } from '@freeface/domain';
import { ImageService, sha256Hex } from '@freeface/enrollment';
import { faceImage, freePort, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type Answer, apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

const faces = requireTestData('faces');

// The async path end to end with the real embedded workers and clustering: what a job's status tells once
// it ended (the persons its faces are with now, also when clustering put them there after the job; how its
// webhook went, given up included, against a real receiver on a local port), the job lists, dead letters and
// their retry. min_faces 1: a face of no person becomes a person of its own as soon as it is clustered.

const hookPort = await freePort();
const api = await createTestApi({
  FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'true',
  FREEFACE_WEBHOOK_RETRY_BASE_MS: '20',
  FREEFACE_WEBHOOK_RETRIES: '2',
  FREEFACE_WEBHOOK_PORTS: String(hookPort),
  FREEFACE_CLUSTER_MIN_FACES: '1',
});
afterAll(() => api.close());
const admin = apiCaller(api.app, await api.adminHeaders());
const viewer = apiCaller(api.app, await api.headersFor('viewer'));
const operator = apiCaller(api.app, await api.headersFor('operator'));
const created = await admin('POST', '/api-keys', { name: 'jobs-camera', role: 'operator' });
const machine = apiCaller(api.app, { 'x-api-key': created.body.data.key });

/** a receiver that answers every POST with 503: each one counted */
const posts: string[] = [];
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    posts.push(req.url ?? '');
    res.writeHead(503).end('down for maintenance');
  });
});
await new Promise<void>((resolve) => receiver.listen(hookPort, '127.0.0.1', resolve));
afterAll(() => receiver.close());

async function until(what: string, check: () => Promise<Answer | undefined>): Promise<Answer> {
  for (let i = 0; i < 400; i++) {
    const answer = await check();
    if (answer) return answer;
    await sleep(50);
  }
  throw new Error(`waited in vain for ${what}`);
}
const status = (jobId: string) => viewer('GET', `/faces/enroll/status/${jobId}`);
const ended = (jobId: string) =>
  until(`job ${jobId} to end`, async () => {
    const answer = await status(jobId);
    return isJobDone(answer.body.data.status) ? answer : undefined;
  });

describe.skipIf(!faces)('a job’s outcome over REST (embedded workers, clustering and a real webhook receiver)', () => {
  it('shows the person clustering put the job’s face in after the job, and a webhook given up after its retries', async () => {
    const hookPath = `/hook/${crypto.randomUUID()}`;
    const queued = await machine('POST', '/faces/enroll_async', {
      image_data: b64('identities/sheldon/sheldon1.png'),
      webhook_url: `http://127.0.0.1:${hookPort}${hookPath}`,
    });
    const jobId = queued.body.data.job_id;
    expect(queued.body.data.webhook).toEqual({
      state: 'pending',
      attempts: 0,
      last_status_code: null,
      last_error: null,
      last_attempt_at: null,
    });
    const done = await ended(jobId);
    expect(done.body.data.status).toBe('completed');
    const [faceId] = done.body.data.face_ids;
    // face-cluster takes the face event after the job ended and makes the face a person of its own
    const assigned = await until('the face to be clustered into a person', async () => {
      const answer = await status(jobId);
      return answer.body.data.faces[0]?.person_id ? answer : undefined;
    });
    const personId = (await viewer('GET', `/faces/${faceId}`)).body.data.person_id;
    expect(personId).toEqual(expect.any(String));
    expect(assigned.body.data.faces).toEqual([{ face_id: faceId, person_id: personId }]);
    expect(assigned.body.data.person_id).toBe(personId);
    // 1 POST and 2 retries, each answered 503: given up, and the status says so
    const gaveUp = await until('the webhook to be given up', async () => {
      const answer = await status(jobId);
      return answer.body.data.webhook.state === 'given_up' ? answer : undefined;
    });
    expect(gaveUp.body.data.webhook).toMatchObject({
      state: 'given_up',
      attempts: 3,
      last_status_code: 503,
      last_error: 'the receiver answered 503',
    });
    expect(Date.parse(gaveUp.body.data.webhook.last_attempt_at)).toBeGreaterThan(0);
    expect(posts.filter((url) => url === hookPath)).toHaveLength(3);
    // a move by hand is shown too: the status reads where the faces are now
    const other = (await operator('POST', '/persons', { name: 'Someone else' })).body.data.person_id;
    expect((await operator('POST', `/faces/${faceId}/move`, { person_id: other })).status).toBe(200);
    expect((await status(jobId)).body.data.faces).toEqual([{ face_id: faceId, person_id: other }]);
  });

  it('lists jobs newest first by status and priority, paged; refuses a token of another filter', async () => {
    const ids: string[] = [];
    for (const file of ['identities/amy/amy2.png', 'identities/raj/raj2.png', 'identities/amy/amy3.png']) {
      const queued = await machine('POST', '/faces/enroll_async', { image_data: b64(file), priority: 'low' });
      ids.push(queued.body.data.job_id);
    }
    for (const id of ids) await ended(id);
    const listed: string[] = [];
    let token: string | null = null;
    do {
      const query: string = `status=completed&priority=low&limit=2${token ? `&page_token=${token}` : ''}`;
      const page = await viewer('GET', `/faces/enroll/jobs?${query}`);
      expect(page.status).toBe(200);
      expect(page.body.data.jobs.length).toBeLessThanOrEqual(2);
      for (const job of page.body.data.jobs) expect([job.status, job.priority]).toEqual(['completed', 'low']);
      listed.push(...page.body.data.jobs.map((j: { job_id: string }) => j.job_id));
      token = page.body.data.next_page_token;
      if (token) {
        const other = await viewer('GET', `/faces/enroll/jobs?status=queued&page_token=${token}`);
        expect([other.status, other.body.code]).toEqual([400, 'INVALID_ARGUMENT']);
      }
    } while (token);
    expect(listed).toEqual([...ids].reverse());
    const high = await viewer('GET', '/faces/enroll/jobs?priority=high');
    expect(high.body.data.jobs.filter((j: { job_id: string }) => ids.includes(j.job_id))).toEqual([]);
    expect((await viewer('GET', '/faces/enroll/jobs?status=lost')).status).toBe(400);
    expect((await viewer('GET', '/faces/enroll/jobs?limit=0')).status).toBe(400);
  });

  it('lists dead letters with their reasons; an operator retries one and the workers run it again', async () => {
    // a job as the workers leave it after its last attempt: dead-lettered with the reason, its image kept
    const bytes = faceImage('identities/leonard/leonard1.png');
    const image = { id: sha256Hex(bytes), bytes, contentType: 'image/png' as const };
    await new ImageService(api.deps.storage).putBytes(image);
    const now = new Date();
    const dead: EnrollJob = {
      id: crypto.randomUUID(),
      status: 'dead_lettered',
      priority: 'high',
      imageId: image.id,
      options: {},
      faceIds: [],
      error: 'UNAVAILABLE: extractor unavailable (gave up after 3 attempts)',
      attempts: 3,
      createdAt: now,
      updatedAt: now,
    };
    await api.deps.storage.metadata.jobs.put(dead);

    const letters = await viewer('GET', '/faces/enroll/jobs?status=dead_lettered');
    const letter = letters.body.data.jobs.find((j: { job_id: string }) => j.job_id === dead.id);
    expect(letter).toMatchObject({
      status: 'dead_lettered',
      attempts: 3,
      error: { code: 'UNAVAILABLE', message: 'extractor unavailable (gave up after 3 attempts)' },
    });
    expect((await viewer('POST', `/faces/enroll/jobs/${dead.id}/retry`)).status).toBe(403);
    const retried = await operator('POST', `/faces/enroll/jobs/${dead.id}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body.data).toMatchObject({ job_id: dead.id, status: 'queued', attempts: 0, error: null });
    const done = await ended(dead.id);
    expect(done.body.data).toMatchObject({ status: 'completed', attempts: 1, error: null });
    expect(done.body.data.face_ids).toHaveLength(1);
    const again = await operator('POST', `/faces/enroll/jobs/${dead.id}/retry`);
    expect([again.status, again.body.code]).toEqual([409, 'CONFLICT']);
    expect(again.body.message).toMatch(/only a dead-lettered job/);
    const unknown = await operator('POST', `/faces/enroll/jobs/${crypto.randomUUID()}/retry`);
    expect(unknown.status).toBe(404);
  });
});
