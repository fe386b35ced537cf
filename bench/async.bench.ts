import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '@freeface/config';
import { enrollWindowOf } from '@freeface/enrollment';
import { createLogger } from '@freeface/observability';
import { ExtractorClient } from '@freeface/rpc';
import { withServiceToken } from '@freeface/runtime';
import { faceImage, faceLabels, PROJECT_ROOT } from '@freeface/testing';
import { openVision, type Vision } from '@freeface/vision';
import { benchServer, loadAverage, runThenCleanUp } from './api/bench-run.js';
import { type ClusterRole, type ClusterRun, processCpuMs, startCluster } from './api/cluster-roles.js';
import { Api } from './api/http-load.js';
import { type Histograms, histogramDelta, histograms } from './api/prometheus.js';
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

/** --cluster: every role its own process over the real backends (npm run backends:up), not the embedded all-in-one */
const CLUSTER = process.argv.includes('--cluster');
if (!CLUSTER && process.env.FREEFACE_PROFILE === 'cluster') {
  console.error(
    'bench:async runs the embedded profile (one api-server process with its in-process event bus, workers and ' +
      'extractor) unless given --cluster: npm run bench:async -- --cluster',
  );
  process.exit(2);
}
/** the roles of --cluster, each its own `freeface start --roles <role>` process, in the order they start */
const CLUSTER_ROLES: readonly ClusterRole[] = ['extractor', 'enroll-worker', 'api'];

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
let cluster: ClusterRun | undefined;
let vision: Vision | undefined;
let client: ExtractorClient | undefined;
const cleanUp = async () => {
  client?.close();
  await server?.stop();
  await cluster?.close();
  await vision?.close();
  await rm(dataDir, { recursive: true, force: true });
};
await runThenCleanUp(run, cleanUp);

async function run(): Promise<void> {
  const began = performance.now();
  const { admin, config, api, processes, workerMetrics } = CLUSTER ? await startRoles() : await startEmbedded();
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
  const cpuBefore = processes.map(([, pid]) => processCpuMs(pid));
  const metricsBefore = await workerMetrics();
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
  const cpuPerJob = processes.map(([role, pid], i) => {
    const ms = processCpuMs(pid) - (cpuBefore[i] as number);
    return [role, ms / jobs.length] as const;
  });
  const loopDelay = await api.eventLoopDelay();
  const metricsAfter = await workerMetrics();
  const batches = histogramDelta(metricsBefore, metricsAfter, (k) => k.startsWith('freeface_enroll_batch_size{'));
  // each worker's time over the whole path in each stage of its batches
  const stageShare = (stage: string) =>
    (100 *
      1000 *
      histogramDelta(
        metricsBefore,
        metricsAfter,
        (k) => k.startsWith('freeface_enroll_stage_seconds{') && k.includes(`stage="${stage}"`),
      ).sum) /
    (config.enroll.workers * wholeMs);
  const ended = jobs.filter((j) => j.endedAt !== undefined);
  const completed = jobs.filter((j) => j.status === 'completed');
  const failed = jobs.filter((j) => j.status === 'failed');
  // the server's own clock (same machine) says when the last job ended; the polling only sees it a little later
  const lastEnd = Math.max(...ended.map((j) => j.endedAt as number));
  const wholeMs = ended.length > 0 ? lastEnd - startWall : Number.NaN;
  const perSecond = (ended.length / wholeMs) * 1000;
  const stages = ['prepare', 'extract', 'store'].map((stage) => [stage, stageShare(stage)] as const);
  step(
    `${completed.length} completed, ${failed.length} failed${drained ? '' : `, ${jobs.length - ended.length} not ended after ${seconds(DRAIN_TIMEOUT_MS)}`}; ` +
      `last job ended ${seconds(wholeMs)} after the first request (${seconds(observedMs)} as the polling saw it)`,
  );
  const reasons = new Map<string, number>();
  for (const j of failed) reasons.set(j.error ?? '?', (reasons.get(j.error ?? '?') ?? 0) + 1);
  for (const [reason, n] of reasons) step(`  failed ${n}x: ${reason}`);

  // ---- the extractor's own throughput on the same crops, the other roles idle ----
  // the extractor's door asks for a credential: the platform's service token (embedded: its secret in the data dir)
  client = ExtractorClient.fromConfig(await withServiceToken(config));
  const reference = await extractorReference(config, client, processes);

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
    ['api event-loop delay p99 / max', `${fmt(loopDelay.p99, 0)} / ${fmt(loopDelay.max, 0)} ms`],
    ['workers: jobs per extractor batch (mean)', `${fmt(batches.sum / batches.count, 1)} (${batches.count} batches)`],
    [
      // a worker stores a batch while it prepares and extracts the next: the rest is its extraction side idle,
      // waiting for jobs or for the store before
      `workers' time (${config.enroll.workers} workers x the whole path): ${stages.map(([stage]) => stage).join(' / ')} (overlaps the next batch) / neither preparing nor extracting`,
      `${stages.map(([, share]) => `${fmt(share, 0)} %`).join(' / ')} / ${fmt(100 - stages.reduce((t, [stage, share]) => (stage === 'store' ? t : t + share), 0), 0)} %`,
    ],
    ...cpuPerJob.map(([role, ms]): [string, string] => [`whole path: CPU of ${role} per job`, `${fmt(ms, 1)} ms`]),
    ...reference.map(({ label, perSecond: rate }): [string, string] => [
      `extractor: ${label} (images/s)`,
      fmt(rate, 1),
    ]),
    ...reference
      .filter((r) => r.cpuMsPerImage !== undefined)
      .map(({ label, cpuMsPerImage }): [string, string] => [
        `extractor: ${label}: CPU of its process per image`,
        `${fmt(cpuMsPerImage as number, 1)} ms`,
      ]),
    ...reference.map(({ label, perSecond: rate }): [string, string] => [`ratio whole path / ${label}`, ratio(rate)]),
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  console.log(`\n${lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}`);
  const where = CLUSTER
    ? `the cluster profile, roles ${CLUSTER_ROLES.join(', ')} each its own process over the real backends`
    : 'the embedded profile, every role in one api-server process';
  console.log(
    `\nSettings: ${where}; ${config.models.detector} + ${config.models.embedder}, ${config.enroll.workers} workers, ` +
      `batches of up to ${config.enroll.batchSize}, a window of ${enrollWindowOf({ ...config.enroll, batchSize: Math.min(config.enroll.batchSize, config.extractor.maxBatchImages) })} requests per ` +
      `priority (enroll.window ${config.enroll.window}), ${config.kafka.partitions} partitions, ` +
      `onnxruntime intra-op threads ${config.models.intraOpThreads || 'auto'}. ` +
      'Each job: the image stored and the job recorded at submit; then a worker reads it back, analyzes it, makes ' +
      'the person of its external id and the face, writes the vector, and publishes the result and the face event. ' +
      `The jobs were followed ${POLL_BATCH} statuses at a time every ${POLL_PAUSE_MS} ms (on the same cores). ` +
      `The extractor figures: median of ${EXTRACTOR_PASSES} passes over the ${identities.length} crops after a warm-up ` +
      "pass, the other roles idle; 'as the workers call it' is ExtractBatch of the batch size, as many at once as " +
      'there are workers; the in-process analyzer runs in this bench process, the gRPC calls in the extractor.\n' +
      `load average after: ${loadAverage()}; the whole run: ${seconds(performance.now() - began)}`,
  );
  if (!drained) process.exitCode = 1;
}

/** A process of the run, by the role(s) it runs, for its CPU time. */
type RoleProcess = readonly [role: string, pid: number];

interface Started {
  readonly admin: { username: string; password: string };
  readonly config: Config;
  readonly api: Api;
  readonly processes: readonly RoleProcess[];
  /** the histograms of the process running the enrollment workers */
  readonly workerMetrics: () => Promise<Histograms>;
}

/** The embedded all-in-one: one api-server process running every role. */
async function startEmbedded(): Promise<Started> {
  const { admin, env, apiPort, config } = await benchServer(dataDir);
  server = ServerProcess.start(PROJECT_ROOT, env);
  const api = new Api(`http://127.0.0.1:${apiPort}`);
  const readyMs = await server.waitUntilReady(`${api.base}/api/v1/health/ready`, 90_000);
  step(`api-server (pid ${server.pid}) ready on ${api.base} in ${seconds(readyMs)}`);
  return {
    admin,
    config,
    api,
    processes: [['the api-server (every role)', server.pid as number]],
    workerMetrics: () => histograms(`${api.base}/api/v1/metrics/prometheus`, api.headers()),
  };
}

/** The cluster profile: each role its own process, in a keyspace, collections and topics of this run only. */
async function startRoles(): Promise<Started> {
  console.log(`load average before: ${loadAverage()} (2 cores here are shared)`);
  const began = performance.now();
  const run = await startCluster(process.env, CLUSTER_ROLES);
  cluster = run;
  const processes = CLUSTER_ROLES.map((role): RoleProcess => [role, run.processes.get(role)?.pid as number]);
  step(
    `roles ${processes.map(([role, pid]) => `${role} (pid ${pid})`).join(', ')} ready in ${seconds(performance.now() - began)}`,
  );
  return {
    admin: run.admin,
    config: run.config,
    api: new Api(`http://127.0.0.1:${run.apiPort}`),
    processes,
    workerMetrics: () => histograms(`${run.adminUrl('enroll-worker')}/metrics/prometheus`),
  };
}

interface Reference {
  readonly label: string;
  readonly perSecond: number;
  /** CPU of the extractor's process per image over the timed passes (not for the in-process analyzer) */
  readonly cpuMsPerImage?: number;
}

/**
 * The extractor's own throughput over the crops: over gRPC as the workers call it (ExtractBatch of the batch
 * size, one call per worker at once) and one image per Extract call with as many at once as those batches hold;
 * in the embedded profile also one call at a time and the analyzer in this process.
 */
async function extractorReference(
  config: Config,
  grpc: ExtractorClient,
  processes: readonly RoleProcess[],
): Promise<Reference[]> {
  const extractorPid = (processes.find(([role]) => role === 'extractor') ?? processes[0])?.[1] as number;
  const workers = config.enroll.workers;
  const batchSize = Math.min(config.enroll.batchSize, config.extractor.maxBatchImages);
  const batches = Array.from({ length: Math.ceil(identities.length / batchSize) }, (_, i) =>
    identities.slice(i * batchSize, (i + 1) * batchSize).map(({ file, bytes }) => ({ id: file, image: bytes })),
  );
  const references: Reference[] = [];
  const measure = async (label: string, pass: () => Promise<unknown>, inProcess = false) => {
    await pass();
    const times: number[] = [];
    const cpuBefore = processCpuMs(extractorPid);
    for (let i = 0; i < EXTRACTOR_PASSES; i++) {
      const t = performance.now();
      await pass();
      times.push(performance.now() - t);
    }
    const cpuMs = processCpuMs(extractorPid) - cpuBefore;
    // images per second of the median pass
    const perSecond = (identities.length / median(times)) * 1000;
    references.push({
      label,
      perSecond,
      ...(inProcess ? {} : { cpuMsPerImage: cpuMs / (identities.length * EXTRACTOR_PASSES) }),
    });
    step(`${label}: ${fmt(perSecond)} images/s`);
  };
  await measure(`gRPC ExtractBatch of ${batchSize}, ${workers} at once (as the workers call it)`, () =>
    atOnce(workers, batches, (batch) => grpc.extractBatch(batch)),
  );
  await measure(`gRPC Extract, ${workers * batchSize} at once`, () =>
    atOnce(workers * batchSize, identities, ({ bytes }) => grpc.extract(bytes)),
  );
  if (CLUSTER) return references;
  await measure('gRPC Extract, one at a time', () => atOnce(1, identities, ({ bytes }) => grpc.extract(bytes)));
  vision = await openVision(config, createLogger({ name: 'bench', level: 'warn' }));
  const { analyzer } = vision;
  await measure(
    'in-process analyze, one at a time',
    () => atOnce(1, identities, ({ bytes }) => analyzer.analyze(bytes)),
    true,
  );
  return references;
}

/** Calls `call` on every item, `callers` at a time. */
async function atOnce<T>(callers: number, items: readonly T[], call: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      for (let i = next++; i < items.length; i = next++) await call(items[i] as T);
    }),
  );
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
