// bench:api in the cluster profile: enroll_async against the api role alone (the workers stopped, so only the
// API's work is measured), then with the extractor, enroll-worker and face-cluster running; the API process's CPU
// per request (/proc/<pid>/stat over the run) and where a request spends its time (the server's own metrics).
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeImageData } from '@freeface/api';
import { faceImage, faceLabels } from '@freeface/testing';
import { type ClusterRun, processCpuMs, startCluster } from './cluster-roles.js';
import { Api, type ApiCall, type LoadFigures, load } from './http-load.js';
import { type Histograms, histogramDelta, histograms } from './prometheus.js';
import { fmt, printTable } from './report.js';

const SECONDS = 10;
const WARMUP_SECONDS = 5;
/** how long the idle api process's own CPU (timers, backend pings) is measured */
const IDLE_MS = 5000;
const CONNECTIONS = [1, 50];
/** the aim of issue 17 */
const CPU_AIM_MS = 1;

const identities = Object.entries(faceLabels().identities).flatMap(([name, files]) =>
  files.map((file) => ({ name, file })),
);
const step = (what: string) => console.log(`- ${what}`);

/** ms per enroll_async of each timed step over a run: the difference of two scrapes over `requests`. */
function breakdown(before: Histograms, after: Histograms, requests: number): Array<[string, string]> {
  const step = (label: string, pick: (key: string) => boolean) => {
    const { sum, count } = histogramDelta(before, after, pick);
    return { label, ms: (sum * 1000) / requests, perRequest: count / requests };
  };
  const parts = [
    step(
      'persons.get (person_id checked)',
      (k) => k.includes('metadata_operation_seconds') && k.includes('"persons.get"'),
    ),
    step('S3 head (already stored?)', (k) => k.includes('objects_operation_seconds') && k.includes('"head"')),
    step('S3 put', (k) => k.includes('objects_operation_seconds') && k.includes('"put"')),
    step('metadata jobs.put', (k) => k.includes('metadata_operation_seconds') && k.includes('"jobs.put"')),
  ];
  const submit = step(
    'submit (all of the above and the Kafka produce)',
    (k) => k.startsWith('freeface_face_operation_seconds') && k.includes('"enroll_async"'),
  );
  const whole = step(
    'the whole request as the server timed it',
    (k) => k.startsWith('freeface_http_request_duration_seconds') && k.includes('enroll_async'),
  );
  // the image (S3 head, then put when absent) and the job record go at the same time: the longer counts
  const [personCheck, head, put, jobRecord] = parts.map((p) => p.ms) as [number, number, number, number];
  const rest = submit.ms - personCheck - Math.max(head + put, jobRecord);
  return [
    ...parts.map((p): [string, string] => [p.label, `${fmt(p.ms, 2)} ms (${fmt(p.perRequest, 2)} calls)`]),
    ['Kafka produce, about (submit less the rest; S3 and jobs.put run at once)', `${fmt(rest, 2)} ms`],
    [submit.label, `${fmt(submit.ms, 2)} ms`],
    [whole.label, `${fmt(whole.ms, 2)} ms`],
  ];
}

/** What the API spends in this process on the request's body before any I/O: base64, the checks, sha256. */
function decodeMs(bodies: readonly string[]): number {
  const images = bodies.map((b) => (JSON.parse(b) as { image_data: string }).image_data);
  const rounds = 20;
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const image of images) decodeImageData('image_data', image, 20 << 20);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (rounds * images.length);
}

export async function enrollAsyncCluster(): Promise<void> {
  const began = performance.now();
  let cluster: ClusterRun | undefined;
  try {
    // --cpu-prof=<dir>: every role writes a V8 CPU profile there when it stops (to find the hot spots)
    const profileDir = process.argv.find((a) => a.startsWith('--cpu-prof='))?.slice('--cpu-prof='.length);
    const profiling = profileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {};
    cluster = await startCluster(process.env, ['api'], profiling);
    const api = new Api(`http://127.0.0.1:${cluster.apiPort}`);
    const apiPid = cluster.processes.get('api')?.pid as number;
    step(`cluster profile: api role (pid ${apiPid}) on ${api.base}, keyspace ${cluster.config.scylla.keyspace}`);
    api.token = (await api.call('POST', '/api/v1/auth/login', cluster.admin)).access_token;
    const personOf = new Map<string, string>();
    for (const { name } of identities)
      if (!personOf.has(name))
        personOf.set(name, (await api.call('POST', '/api/v1/persons', { external_id: name, name })).person_id);
    const calls: ApiCall[] = identities.map(({ name, file }) => ({
      method: 'POST',
      path: '/api/v1/faces/enroll_async',
      body: JSON.stringify({ person_id: personOf.get(name), image_data: faceImage(file).toString('base64') }),
    }));
    const bodyBytes = calls.reduce((total, c) => total + (c.body?.length ?? 0), 0) / calls.length;

    // unmeasured: the JIT and the connections to the backends warmed up
    await load(api, 'warm-up', calls, { connections: 4, seconds: WARMUP_SECONDS });
    const idleBefore = processCpuMs(apiPid);
    await sleep(IDLE_MS);
    const idleMs = ((processCpuMs(apiPid) - idleBefore) / IDLE_MS) * 1000;
    step(`the api process idle: ${fmt(idleMs, 0)} ms of CPU per second (counted in the figures below, not taken off)`);
    const rows: LoadFigures[] = [];
    const cpu: string[] = [];
    const run = async (label: string, connections: number) => {
      const pid = cluster?.processes.get('api')?.pid as number;
      const before = await histograms(`${api.base}/api/v1/metrics/prometheus`, api.headers());
      const cpuBefore = processCpuMs(pid);
      const row = await load(api, `POST /faces/enroll_async (${label})`, calls, { connections, seconds: SECONDS });
      const cpuMs = processCpuMs(pid) - cpuBefore;
      const after = await histograms(`${api.base}/api/v1/metrics/prometheus`, api.headers());
      rows.push(row);
      // the warm-up calls and two metrics scrapes are in the CPU too: a few of thousands
      const perRequest = cpuMs / row.requests;
      cpu.push(
        `${row.name} at ${connections} conn.: ${fmt(perRequest, 2)} ms of API CPU per request ` +
          `(${fmt(cpuMs / 1000, 2)} s over ${row.requests} requests; ${fmt(perRequest / CPU_AIM_MS, 2)}x the ${CPU_AIM_MS} ms aim)`,
      );
      step(`${row.name} at ${connections} connections: ${row.requests} requests`);
      if (connections === 1) {
        console.log(`  where an enroll_async spends its time (wall ms per request, the server's metrics):`);
        for (const [what, value] of breakdown(before, after, row.requests))
          console.log(`    ${what.padEnd(50)} ${value}`);
      }
    };
    for (const connections of CONNECTIONS) await run('workers stopped', connections);
    for (const role of ['extractor', 'enroll-worker', 'cluster'] as const) await cluster.start(role);
    step('extractor, enroll-worker and face-cluster started');
    await run('workers busy', 50);

    printTable(rows);
    console.log(`\n${cpu.join('\n')}`);
    console.log(
      `in this bench process, base64 decode + checks + sha256 of one body (${fmt(bodyBytes / 1024, 0)} KiB JSON): ` +
        `${fmt(decodeMs(calls.map((c) => c.body as string)), 3)} ms of CPU`,
    );
    console.log(`the whole run: ${fmt((performance.now() - began) / 1000)} s`);
  } finally {
    await cluster?.close();
  }
}
