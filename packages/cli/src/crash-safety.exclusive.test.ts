import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { type EnrollJob, isJobDone } from '@freeface/domain';
import { consumerGroups, createEnrollmentServices, jobFaceId, sha256Hex, sniffImageType } from '@freeface/enrollment';
import {
  allTopics,
  type DeadLetterMessage,
  type Delivery,
  type OpenedEventBus,
  openEventBus,
  PRIORITIES,
} from '@freeface/events';
import { createLogger } from '@freeface/observability';
import { ExtractorClient } from '@freeface/rpc';
import { withServiceToken } from '@freeface/runtime';
import { openStorage, type Storage } from '@freeface/storage';
import { clusterRun } from '@freeface/storage/testing';
import { faceImage, faceLabels, freePort, isListening, PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceProcess } from './testing/service-process.js';

// Crash safety against the real backends: 520 async enrollments of the 40 identity crops (each job a person
// of its own) while the async-enroll workers (two processes, one consumer group) are killed with SIGKILL and
// started again, and the Kafka broker is restarted once. Every job must end completed or dead-lettered with
// a reason, none lost, and no face stored twice. The extractor is the real one, in its own process.

const JOBS = 500;
const KILLS_AT = [0.08, 0.2, 0.5, 0.62, 0.75]; // fractions of jobs ended
const BROKER_RESTART_AT = 0.3;
const run = await clusterRun('crash', {
  FREEFACE_KAFKA_SESSION_TIMEOUT_MS: '6000',
  FREEFACE_ENROLL_MAX_ATTEMPTS: '10',
  FREEFACE_ENROLL_WORKERS: '2',
  FREEFACE_ENROLL_BATCH_SIZE: '8',
  FREEFACE_LOG_LEVEL: 'warn',
});
const faces = requireTestData('faces');
const DLQ_GROUP = `${run.config.events.topicPrefix}test-dead-letters`;
const logger = createLogger({ name: 'crash-test', level: 'silent' });
const backendsSh = (...args: string[]) =>
  promisify(execFile)('bash', ['scripts/backends.sh', ...args], { cwd: PROJECT_ROOT, timeout: 240_000 });
const [kafkaHost, kafkaPort] = (run.config.kafka.brokers[0] ?? '127.0.0.1:9092').split(':');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

describe.skipIf(!run.up || !faces)('async enrollment crash safety (real Kafka, ScyllaDB, Milvus, S3, Redis)', () => {
  const processes: ServiceProcess[] = [];
  let storage: Storage | undefined;
  let events: OpenedEventBus | undefined;

  afterAll(async () => {
    for (const p of processes) await p.stop('SIGKILL');
    // whatever happened above, the shared broker is up again for everyone else
    if (!(await isListening(kafkaHost ?? '127.0.0.1', Number(kafkaPort ?? 9092)))) await backendsSh('up', 'kafka');
    if (events) {
      await events.bus.deleteTopics(allTopics(events.topics).map((t) => t.name)).catch(() => {});
      await events.bus.deleteGroups([...Object.values(consumerGroups(run.config)), DLQ_GROUP]).catch(() => {});
      await events.bus.close();
    }
    await storage?.close();
    await run.erase();
  }, 300_000);

  it(`ends every one of ${JOBS} jobs, none lost or doubled, through worker kills and a broker restart`, {
    timeout: 600_000,
  }, async () => {
    await run.migrate();
    const [grpcPort, extractorAdmin] = [await freePort(), await freePort()];
    const common = {
      ...process.env,
      ...run.env,
      FREEFACE_API_HOST: '127.0.0.1',
      FREEFACE_MODELS_DIR: `${PROJECT_ROOT}/models/weights`,
    } as Record<string, string>;
    const extractor = new ServiceProcess(
      'extractor',
      'extractor',
      {
        ...common,
        FREEFACE_EXTRACTOR_HOST: '127.0.0.1',
        FREEFACE_EXTRACTOR_PORT: String(grpcPort),
        FREEFACE_ADMIN_PORT: String(extractorAdmin),
      },
      `http://127.0.0.1:${extractorAdmin}/health/ready`,
    );
    processes.push(extractor);
    const workers = await Promise.all(
      ['a', 'b'].map(async (name) => {
        const admin = await freePort();
        const worker = new ServiceProcess(
          `async-enroll ${name}`,
          'enroll-worker',
          {
            ...common,
            FREEFACE_EXTRACTOR_ADDRESS: `127.0.0.1:${grpcPort}`,
            FREEFACE_ADMIN_PORT: String(admin),
            FREEFACE_INSTANCE_ID: name,
          },
          `http://127.0.0.1:${admin}/health/ready`,
        );
        processes.push(worker);
        return worker;
      }),
    );
    await extractor.start();
    // the token the workers send too: derived from the JWT secret the processes share
    const { serviceToken } = (await withServiceToken(run.config)).auth;
    const client = new ExtractorClient({
      address: `127.0.0.1:${grpcPort}`,
      timeoutMs: 20_000,
      maxMessageBytes: 1 << 24,
      credential: { serviceToken: serviceToken as string },
    });
    const embedder = (await client.listModels()).find((m) => m.task === 'embed' && m.isDefault);
    client.close();
    expect(embedder).toBeDefined();

    storage = await openStorage(run.config);
    events = await openEventBus(run.config, logger);
    const { bus, topics } = events;
    const services = createEnrollmentServices({
      config: run.config,
      logger,
      storage,
      bus,
      topics,
      embedder: { id: embedder?.id ?? '', dimension: embedder?.dimension ?? 0 },
    });
    const deadLetters: Array<Delivery<DeadLetterMessage>> = [];
    const dlq = await bus.subscribe({
      group: DLQ_GROUP,
      topics: [topics.deadLetters],
      handler: async (d) => void deadLetters.push(d),
    });
    await Promise.all(workers.map((w) => w.start()));

    // the jobs: the 40 crops over and over, each job under an external id (a person) of its own
    const crops = Object.values(faceLabels().identities).flat();
    const images = crops.map((file) => {
      const bytes = faceImage(file);
      return { id: sha256Hex(bytes), bytes, contentType: sniffImageType(bytes) ?? 'image/png' };
    });
    const started = Date.now();
    const submitMs: number[] = [];
    const jobs: EnrollJob[] = [];
    const runId = randomUUID().slice(0, 8);
    for (let start = 0; start < JOBS; start += 16) {
      const wave = await Promise.all(
        Array.from({ length: Math.min(16, JOBS - start) }, async (_, i) => {
          const n = start + i;
          const t = performance.now();
          const job = await services.jobs.submit({
            externalId: `crash-${runId}-${n}`,
            image: images[n % images.length] as (typeof images)[number],
            options: { multiFace: false, context: {} },
            priority: PRIORITIES[n % 4] ?? 'normal',
          });
          submitMs.push(performance.now() - t);
          return job;
        }),
      );
      jobs.push(...wave);
    }
    const submitted = Date.now();

    // chaos while the jobs run: SIGKILL a worker and start it again at each step, restart the broker once
    const pending = new Set(jobs.map((j) => j.id));
    const final = new Map<string, EnrollJob>();
    // a read that fails (the metadata store briefly unreachable under load) is a poll that saw no progress,
    // counted and reported: whether every job still ends is what the deadlines of waitProgress judge
    let pollErrors = 0;
    const poll = async () => {
      const ids = [...pending];
      for (let i = 0; i < ids.length; i += 64) {
        const got = await Promise.all(ids.slice(i, i + 64).map((id) => storage?.metadata.jobs.get(id))).catch(
          (error: unknown) => {
            if (pollErrors++ === 0) timeline.push(`poll error: ${String(error)}`);
            return [];
          },
        );
        for (const job of got) {
          if (job && isJobDone(job.status)) {
            pending.delete(job.id);
            final.set(job.id, job);
          }
        }
      }
      const second = Math.floor((Date.now() - started) / 5000) * 5;
      if (timeline.at(-1)?.startsWith(`${second}s`) !== true) timeline.push(`${second}s ${JOBS - pending.size}`);
      return 1 - pending.size / JOBS;
    };
    const timeline: string[] = [];
    const waitProgress = async (fraction: number, ms: number) => {
      const until = Date.now() + ms;
      while ((await poll()) < fraction) {
        if (Date.now() > until) {
          const stuck = await Promise.all([...pending].slice(0, 5).map((id) => storage?.metadata.jobs.get(id)));
          const states = stuck.map((j) => `${j?.id} ${j?.status} attempts ${j?.attempts} ${j?.priority}`);
          throw new Error(
            `stuck at ${Math.round((1 - pending.size / JOBS) * 100)} % ended (${pollErrors} failed polls; ` +
              `not ended: ${states.join('; ')}); ended over time: ${timeline.join(', ')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    let kills = 0;
    let brokerRestarts = 0;
    const steps = [
      ...KILLS_AT.map((at) => ({ at, kind: 'kill' as const })),
      { at: BROKER_RESTART_AT, kind: 'broker' as const },
    ].sort((a, b) => a.at - b.at);
    const log: string[] = [];
    for (const step of steps) {
      await waitProgress(step.at, 240_000);
      const t = Date.now();
      if (step.kind === 'broker') {
        await backendsSh('down', 'kafka');
        await backendsSh('up', 'kafka');
        brokerRestarts++;
      } else {
        const worker = workers[kills % workers.length] as ServiceProcess;
        expect(await worker.stop('SIGKILL')).toBeNull();
        kills++;
        await worker.start();
      }
      log.push(`${step.kind} at ${Math.round(step.at * 100)} %: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    await waitProgress(1, 300_000);
    const ended = Date.now();

    const stages = (await Promise.all(workers.map((w) => w.metrics())))
      .flatMap((text) => text.split('\n'))
      .filter((line) => /^freeface_enroll_stage_seconds_(sum|count)/.test(line));
    // graceful stop: SIGTERM, exit 0
    for (const worker of workers) expect(await worker.stop('SIGTERM'), worker.output).toBe(0);
    await dlq.close();

    // every job ended: completed with its one face, or failed and dead-lettered with its reason
    const all = jobs.map((j) => final.get(j.id) as EnrollJob);
    const completed = all.filter((j) => j.status === 'completed');
    const failed = all.filter((j) => j.status === 'failed');
    const lettered = new Map(deadLetters.map((d) => [(d.message.payload as { jobId?: string }).jobId, d.message]));
    for (const job of failed) {
      expect(lettered.get(job.id)?.reason, `dead letter of ${job.id}`).toBe(job.error);
      expect(job.error).toMatch(/^[A-Z_]+: ./);
    }
    let duplicates = 0;
    for (const job of completed) {
      expect(job.faceIds).toEqual([jobFaceId(job.id, 0)]);
      const faces = await storage.metadata.faces.listByPersonAndImage(job.personId as string, job.imageId);
      duplicates += faces.length - 1;
    }
    const index = await storage.vectors.index(embedder?.id ?? '', embedder?.dimension ?? 0);
    const vectors = await index.count();
    const seconds = (ended - started) / 1000;
    const sorted = [...submitMs].sort((a, b) => a - b);
    console.log(
      `crash safety: ${JOBS} jobs in ${seconds.toFixed(1)} s (${(JOBS / seconds).toFixed(1)} jobs/s; submitting took ` +
        `${((submitted - started) / 1000).toFixed(1)} s, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms); ` +
        `${completed.length} completed, ${failed.length} dead-lettered; worker kills ${kills}, broker restarts ${brokerRestarts}; ` +
        `max attempts ${Math.max(...all.map((j) => j.attempts))}; duplicates=${duplicates}; vectors ${vectors}`,
    );
    console.log(`chaos: ${log.join('; ')}; failed polls ${pollErrors}\nended over time: ${timeline.join(', ')}`);
    console.log(`worker stages (since each worker's last start):\n${stages.join('\n')}`);
    expect(completed.length + failed.length).toBe(JOBS);
    expect(duplicates).toBe(0);
    expect(vectors).toBe(completed.length);
    expect(kills).toBe(KILLS_AT.length);
    expect(brokerRestarts).toBe(1);
  });
});
