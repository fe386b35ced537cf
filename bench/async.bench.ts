import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '@freeface/observability';
import { ExtractorClient } from '@freeface/rpc';
import { faceImage, faceLabels, PROJECT_ROOT } from '@freeface/testing';
import { openVision, type Vision } from '@freeface/vision';
import { benchServer, loadAverage, runThenCleanUp } from './api/bench-run.js';
import { Api } from './api/http-load.js';
import { fmt } from './api/report.js';
import { ServerProcess } from './api/server-process.js';
import { median, percentile } from './timing.js';

const JOBS = 200;
const SUBMITTERS = 4;
/** statuses asked for in one polling round (the oldest jobs not yet ended), and the pause between rounds */
const POLL_BATCH = 20;
const POLL_PAUSE_MS = 200;
/** how long the jobs may take to end before the bench gives up on them */
const DRAIN_TIMEOUT_MS = 120_000;
/** timed passes over the 40 crops for the extractor's own throughput (after one warm-up pass) */
const EXTRACTOR_PASSES = 3;

if (process.env.FREEFACE_PROFILE === 'cluster') {
  console.error(
    'bench:async runs the embedded profile only (one api-server process with its in-process event bus, workers ' +
      'and extractor); unset FREEFACE_PROFILE=cluster to run it.',
  );
  process.exit(2);
}

const identities = Object.entries(faceLabels().identities).flatMap(([name, files]) =>
  files.map((file) => ({ name, file, bytes: faceImage(file) })),
);
const step = (what: string) => console.log(`- ${what}`);
const seconds = (ms: number) => `${fmt(ms / 1000, 2)} s`;

interface Job {
  id: string;
  sentAt: number;
  status: string;
  endedAt?: number;
  error?: string;
}

const dataDir = await mkdtemp(join(tmpdir(), 'freeface-bench-async-'));
let server: ServerProcess | undefined;
let vision: Vision | undefined;
let client: ExtractorClient | undefined;
const cleanUp = async () => {
  client?.close();
  await server?.stop();
  await vision?.close();
  await rm(dataDir, { recursive: true, force: true });
};
await runThenCleanUp(run, cleanUp);

async function run(): Promise<void> {
  const began = performance.now();
  const { admin, env, apiPort, config } = await benchServer(dataDir);

  // ---- the server, its admin, and one job to warm its models and workers up ----
  server = ServerProcess.start(PROJECT_ROOT, env);
  const api = new Api(`http://127.0.0.1:${apiPort}`);
  const readyMs = await server.waitUntilReady(`${api.base}/api/v1/health/ready`, 90_000);
  step(`api-server (pid ${server.pid}) ready on ${api.base} in ${seconds(readyMs)}`);
  api.token = (await api.call('POST', '/api/v1/auth/login', admin)).access_token;
  const submit = (externalId: string, bytes: Uint8Array) =>
    api.call('POST', '/api/v1/faces/enroll_async', {
      external_id: externalId,
      image_data: Buffer.from(bytes).toString('base64'),
    }) as Promise<{ job_id: string }>;
  const [first] = identities;
  if (!first) throw new Error('no identity crop in ../shared/data/faces');
  const warmup: Job = { id: (await submit('bench-warmup', first.bytes)).job_id, sentAt: performance.now(), status: '' };
  await drain([warmup], api, 30_000);
  step(`warm-up job ${warmup.status}${warmup.error ? ` (${warmup.error})` : ''}`);

  // ---- the measured run: JOBS submissions by SUBMITTERS callers, then every job followed to its end ----
  const jobs: Job[] = [];
  const submitMs: number[] = [];
  await api.eventLoopDelay();
  const startWall = Date.now();
  const start = performance.now();
  let next = 0;
  const submitter = async () => {
    for (let i = next++; i < JOBS; i = next++) {
      const crop = identities[i % identities.length] as (typeof identities)[number];
      const sentAt = performance.now();
      const { job_id } = await submit(`bench-${i}-${crop.name}`, crop.bytes);
      submitMs.push(performance.now() - sentAt);
      jobs.push({ id: job_id, sentAt, status: 'queued' });
    }
  };
  await Promise.all(Array.from({ length: SUBMITTERS }, submitter));
  const submitted = performance.now() - start;
  step(`${jobs.length} jobs submitted by ${SUBMITTERS} callers in ${seconds(submitted)}`);
  jobs.sort((a, b) => a.sentAt - b.sentAt);
  const drained = await drain(jobs, api, DRAIN_TIMEOUT_MS);
  const observedMs = performance.now() - start;
  const loopDelay = await api.eventLoopDelay();
  const ended = jobs.filter((j) => j.endedAt !== undefined);
  const completed = jobs.filter((j) => j.status === 'completed');
  const failed = jobs.filter((j) => j.status === 'failed');
  // the server's own clock (same machine) says when the last job ended; the polling only sees it a little later
  const lastEnd = Math.max(...ended.map((j) => j.endedAt as number));
  const wholeMs = ended.length > 0 ? lastEnd - startWall : Number.NaN;
  const perSecond = (ended.length / wholeMs) * 1000;
  step(
    `${completed.length} completed, ${failed.length} failed${drained ? '' : `, ${jobs.length - ended.length} not ended after ${seconds(DRAIN_TIMEOUT_MS)}`}; ` +
      `last job ended ${seconds(wholeMs)} after the first request (${seconds(observedMs)} as the polling saw it)`,
  );
  const reasons = new Map<string, number>();
  for (const j of failed) reasons.set(j.error ?? '?', (reasons.get(j.error ?? '?') ?? 0) + 1);
  for (const [reason, n] of reasons) step(`  failed ${n}x: ${reason}`);

  // ---- the extractor's own throughput on the same crops, same settings, the server idle ----
  vision = await openVision(config, createLogger({ name: 'bench', level: 'warn' }));
  const { analyzer } = vision;
  const timePasses = async (pass: () => Promise<void>) => {
    await pass();
    const times: number[] = [];
    for (let i = 0; i < EXTRACTOR_PASSES; i++) {
      const t = performance.now();
      await pass();
      times.push(performance.now() - t);
    }
    // images per second of the median pass
    return (identities.length / median(times)) * 1000;
  };
  const inProcess = await timePasses(async () => {
    for (const { bytes } of identities) await analyzer.analyze(bytes);
  });
  step(`in-process FaceAnalyzer.analyze, one after the other: ${fmt(inProcess)} images/s`);
  client = ExtractorClient.fromConfig(config);
  const grpcClient = client;
  const grpcOne = await timePasses(async () => {
    for (const { bytes } of identities) await grpcClient.extract(bytes);
  });
  step(`gRPC Extract to the server's extractor (${config.extractor.address}), one at a time: ${fmt(grpcOne)} images/s`);
  const batchSize = Math.min(config.enroll.batchSize, config.extractor.maxBatchImages);
  const grpcBatch = await timePasses(async () => {
    for (let i = 0; i < identities.length; i += batchSize)
      await grpcClient.extractBatch(
        identities.slice(i, i + batchSize).map(({ file, bytes }) => ({ id: file, image: bytes })),
      );
  });
  step(`gRPC ExtractBatch of ${batchSize}, one batch at a time: ${fmt(grpcBatch)} images/s`);

  // ---- the figures ----
  const ratio = (extractor: number) => `${fmt(perSecond / extractor, 2)}x`;
  const lines: Array<[string, string]> = [
    [
      'jobs (enroll_async, distinct external ids)',
      `${jobs.length} (${completed.length} completed, ${failed.length} failed)`,
    ],
    ['whole path: enrollments/s end to end', fmt(perSecond, 1)],
    ['whole path: first request -> last job ended', seconds(wholeMs)],
    [
      `submit latency p50 / p99 (${SUBMITTERS} callers)`,
      `${fmt(percentile(submitMs, 50))} / ${fmt(percentile(submitMs, 99))} ms`,
    ],
    ['submit throughput (requests/s)', fmt((jobs.length / submitted) * 1000, 0)],
    [
      'job latency p50 / p99 (sent -> ended)',
      `${seconds(percentile(latencies(jobs, startWall, start), 50))} / ${seconds(percentile(latencies(jobs, startWall, start), 99))}`,
    ],
    ['server event-loop delay p99 / max', `${fmt(loopDelay.p99, 0)} / ${fmt(loopDelay.max, 0)} ms`],
    ['extractor: in-process analyze, sequential (images/s)', fmt(inProcess, 1)],
    ['extractor: gRPC Extract, sequential (images/s)', fmt(grpcOne, 1)],
    [`extractor: gRPC ExtractBatch of ${batchSize}, sequential (images/s)`, fmt(grpcBatch, 1)],
    ['ratio whole path / in-process analyze', ratio(inProcess)],
    ['ratio whole path / gRPC Extract', ratio(grpcOne)],
    [`ratio whole path / gRPC ExtractBatch of ${batchSize}`, ratio(grpcBatch)],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  console.log(`\n${lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}`);
  console.log(
    `\nSettings: ${config.models.detector} + ${config.models.embedder}, ${config.enroll.workers} in-process workers, ` +
      `batches of up to ${config.enroll.batchSize}, onnxruntime intra-op threads ${config.models.intraOpThreads || 'auto'}. ` +
      'Each job: the image stored and the job recorded at submit; then a worker reads it back, analyzes it, makes ' +
      'the person of its external id and the face, writes the vector, and publishes the result and the face event. ' +
      `The jobs were followed ${POLL_BATCH} statuses at a time every ${POLL_PAUSE_MS} ms (on the server's cores too). ` +
      `The extractor figures: median of ${EXTRACTOR_PASSES} passes over the ${identities.length} crops after a warm-up ` +
      'pass, the server idle; the in-process analyzer runs in this bench process, the gRPC calls in the server.\n' +
      `load average after: ${loadAverage()}; the whole run: ${seconds(performance.now() - began)}`,
  );
  if (!drained) process.exitCode = 1;
}

/** ms from sending each ended job to its end by the server's clock (a wall clock shared with this process). */
function latencies(jobs: readonly Job[], startWall: number, start: number): number[] {
  return jobs.filter((j) => j.endedAt !== undefined).map((j) => (j.endedAt as number) - (startWall + j.sentAt - start));
}

/**
 * Follows `jobs` (oldest first) until each has completed or failed, POLL_BATCH statuses per round; records the
 * status, the reason of a failure and the server's updated_at (epoch ms) of each ended job. False on timeout.
 */
async function drain(jobs: Job[], api: Api, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  let pending = jobs.filter((j) => j.endedAt === undefined);
  while (pending.length > 0) {
    if (performance.now() > deadline) return false;
    for (const job of pending.slice(0, POLL_BATCH)) {
      const view = await api.call('GET', `/api/v1/faces/enroll/status/${job.id}`);
      job.status = view.status;
      if (view.status === 'completed' || view.status === 'failed') {
        job.endedAt = Date.parse(view.updated_at);
        if (view.error) job.error = `${view.error.code}: ${view.error.message}`;
      }
    }
    pending = pending.filter((j) => j.endedAt === undefined);
    if (pending.length > 0) await sleep(POLL_PAUSE_MS);
  }
  return true;
}
