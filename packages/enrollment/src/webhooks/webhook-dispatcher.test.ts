import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { EnrollJob } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { freePort } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { startAsyncEnrollment } from '../async-enrollment.js';
import { openWorkerWorld, stubImage, type WorkerWorld, waitFor } from '../testing/worker-harness.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from './webhook-signature.js';

const logger = createLogger({ name: 'webhooks-test', level: 'silent' });

interface Received {
  jobId: string;
  status: number;
  valid: boolean;
  body: { event: string; job: { job_id: string; status: string; face_ids: string[] } };
}

/** A webhook receiver on 127.0.0.1:port that answers 500 to the first delivery of the jobs in `flaky`. */
async function receiver(
  secret: string,
  flaky: Set<string>,
  port: number,
): Promise<{ server: Server; url: string; got: Received[] }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const parsed = JSON.parse(body) as Received['body'];
      const jobId = parsed.job.job_id;
      const status = flaky.delete(jobId) ? 500 : 204;
      const valid = verifyWebhook(
        secret,
        { signature: req.headers[SIGNATURE_HEADER] as string, timestamp: req.headers[TIMESTAMP_HEADER] as string },
        body,
      );
      got.push({ jobId, status, valid, body: parsed });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}/hook`, got };
}

let world: WorkerWorld | undefined;
let server: Server | undefined;
afterEach(async () => {
  server?.close();
  await world?.close();
  world = undefined;
});

async function withKey(w: WorkerWorld): Promise<{ id: string; secret: string }> {
  const key = { id: randomUUID(), secret: randomUUID().replaceAll('-', '') };
  await w.storage.metadata.apiKeys.create({
    id: key.id,
    name: `hooks-${key.id}`,
    keyHash: randomUUID(),
    role: 'operator',
    webhookSecret: key.secret,
    createdAt: new Date(),
    revoked: false,
  });
  return key;
}

const run = (w: WorkerWorld) =>
  startAsyncEnrollment({
    config: w.config,
    logger,
    metrics: w.metrics,
    storage: w.storage,
    bus: w.bus,
    topics: w.topics,
    services: w.services,
    extraction: w.extraction,
  });

describe('webhooks', () => {
  it('POST each ended job once to its URL, signed with the key’s secret, retrying a failed delivery', async () => {
    const port = await freePort(); // webhooks go to the ports of the settings only
    world = await openWorkerWorld({
      FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'true',
      FREEFACE_WEBHOOK_RETRY_BASE_MS: '20',
      FREEFACE_WEBHOOK_PORTS: String(port),
    });
    const w = world;
    const key = await withKey(w);
    const jobs: EnrollJob[] = [];
    const flaky = new Set<string>();
    const hook = await receiver(key.secret, flaky, port);
    server = hook.server;
    for (let n = 0; n < 8; n++) {
      const image = stubImage(n);
      if (n === 7) w.extraction.answers.set(image.id, { code: 'NO_FACE', message: 'no face found in image_data' });
      jobs.push(
        await w.services.jobs.submit({
          image,
          options: { multiFace: false, context: {} },
          priority: 'normal',
          webhookUrl: hook.url,
          webhookKeyId: key.id,
        }),
      );
    }
    flaky.add(jobs[0]?.id as string);
    const running = await run(w);
    const accepted = () => hook.got.filter((g) => g.status === 204);
    await waitFor(() => accepted().length >= jobs.length, 15_000, 'every webhook');
    // a result told again (after a crash) is not sent again
    const done = (await w.storage.metadata.jobs.get(jobs[1]?.id as string)) as EnrollJob;
    await w.bus.publish(w.topics.enrollResults, done.id, {
      kind: 'enroll.result',
      version: 2,
      jobId: done.id,
      status: 'completed',
      personId: null,
      imageId: done.imageId,
      faceIds: done.faceIds,
      error: null,
      attempts: done.attempts,
      finishedAt: new Date().toISOString(),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await running.close();

    expect(hook.got.every((g) => g.valid)).toBe(true);
    const perJob = new Map<string, number>();
    for (const g of accepted()) perJob.set(g.jobId, (perJob.get(g.jobId) ?? 0) + 1);
    expect([...perJob.keys()].sort()).toEqual(jobs.map((j) => j.id).sort());
    expect([...perJob.values()].every((count) => count === 1)).toBe(true);
    expect(hook.got.filter((g) => g.jobId === jobs[0]?.id).map((g) => g.status)).toEqual([500, 204]);
    const failed = accepted().find((g) => g.jobId === jobs[7]?.id);
    expect(failed?.body).toMatchObject({
      event: 'enroll.failed',
      job: { status: 'failed', error: { code: 'NO_FACE' } },
    });
    expect(accepted().find((g) => g.jobId === jobs[2]?.id)?.body).toMatchObject({
      event: 'enroll.completed',
      job: { status: 'completed', face_ids: [expect.any(String)] },
    });
  });

  it('send nothing to a private address unless the settings allow it', async () => {
    const port = await freePort();
    world = await openWorkerWorld({ FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'false', FREEFACE_WEBHOOK_PORTS: String(port) });
    const w = world;
    const key = await withKey(w);
    const hook = await receiver(key.secret, new Set(), port);
    server = hook.server;
    // the API refuses such a URL at once; a job that has one anyway (settings changed since) gets no webhook
    const job = await w.services.jobs.submit({
      image: stubImage(1),
      options: { multiFace: false, context: {} },
      priority: 'normal',
      webhookUrl: hook.url,
      webhookKeyId: key.id,
    });
    const running = await run(w);
    await waitFor(async () => (await w.storage.metadata.jobs.get(job.id))?.status === 'completed');
    await waitFor(
      async () => (await w.metrics.text()).includes('webhooks_total{outcome="refused"'),
      5000,
      'the refusal',
    );
    await running.close();
    expect(hook.got).toHaveLength(0);
  });
});
