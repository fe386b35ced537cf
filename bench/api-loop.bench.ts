// npm run bench:api-loop: is the API's event loop free while images are analysed? Two embedded servers side by
// side, the same data and load: the pipeline on the event loop (FREEFACE_IMAGE_WORKER_THREADS=0, as before the
// pool) and on the image worker threads (the default). Rounds alternate between them; each round measures GET
// /health idle, then GET /health at one connection while four callers run /faces/recognize on a group photo.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { faceImage, PROJECT_ROOT } from '@freeface/testing';
import { benchServer, loadAverage, runThenCleanUp } from './api/bench-run.js';
import { healthUnderLoad } from './api/health-under-load.js';
import { Api, type ApiCall, type LoadFigures, load } from './api/http-load.js';
import { fmt } from './api/report.js';
import { ServerProcess } from './api/server-process.js';
import { median } from './timing.js';

const GROUP_IMAGE = 'group/bbt3.jpg';
const ROUNDS = 3;
const SECONDS = 10;
const IDLE_SECONDS = 4;
const CALLERS = 4;
const TARGET_HEALTH_P99_MS = 15;
/** after a load, for the requests still in flight to end before the next measure (of either server) */
const DRAIN_MS = 8_000;

const MODES = [
  { name: 'on the event loop', threads: '0' },
  { name: 'worker threads', threads: '-1' },
] as const;

interface Round {
  idle: LoadFigures;
  health: LoadFigures;
  recognize: LoadFigures;
}

const servers: ServerProcess[] = [];
const dirs: string[] = [];
await runThenCleanUp(run, async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function start(threads: string): Promise<Api> {
  const dataDir = await mkdtemp(join(tmpdir(), 'freeface-bench-loop-'));
  dirs.push(dataDir);
  const { admin, env, apiPort } = await benchServer(dataDir);
  const server = ServerProcess.start(PROJECT_ROOT, { ...env, FREEFACE_IMAGE_WORKER_THREADS: threads });
  servers.push(server);
  const api = new Api(`http://127.0.0.1:${apiPort}`);
  await server.waitUntilReady(`${api.base}/api/v1/health/ready`, 120_000);
  api.token = (await api.call('POST', '/api/v1/auth/login', admin)).access_token;
  return api;
}

async function run(): Promise<void> {
  const recognize: ApiCall = {
    method: 'POST',
    path: '/api/v1/faces/recognize',
    body: JSON.stringify({ image_data: faceImage(GROUP_IMAGE).toString('base64') }),
  };
  const apis = [];
  for (const mode of MODES) apis.push(await start(mode.threads));
  const faces = (await (apis[0] as Api).call('POST', recognize.path, recognize.body)).faces.length;
  console.log(`- both servers ready; ${GROUP_IMAGE} holds ${faces} faces; ${ROUNDS} rounds of ${SECONDS} s each`);
  const rounds: Round[][] = MODES.map(() => []);
  for (let r = 0; r < ROUNDS; r++)
    for (const [i, mode] of MODES.entries()) {
      const api = apis[i] as Api;
      const idle = await load(api, 'GET /health idle', [{ path: '/api/v1/health' }], {
        connections: 1,
        seconds: IDLE_SECONDS,
      });
      const { health, busy } = await healthUnderLoad(api, recognize, { busyConnections: CALLERS, seconds: SECONDS });
      rounds[i]?.push({ idle, health, recognize: busy });
      await sleep(DRAIN_MS);
      console.log(
        `- round ${r + 1}, ${mode.name}: health p99 idle ${fmt(idle.p99)} ms, under recognize ${fmt(health.p99)} ms; ` +
          `recognize ${fmt(busy.perSecond, 2)}/s; loop delay p99 ${fmt(busy.loopDelay.p99)} ms; failed ${health.failed + busy.failed}`,
      );
    }

  // the median of the rounds of each figure
  const figure = (i: number, pick: (round: Round) => number) => median((rounds[i] ?? []).map(pick));
  const lines: Array<[string, (round: Round) => number, number]> = [
    ['GET /health idle p50 ms', (x) => x.idle.p50, 1],
    ['GET /health idle p99 ms', (x) => x.idle.p99, 1],
    [`GET /health p50 ms, ${CALLERS} recognize callers`, (x) => x.health.p50, 1],
    [`GET /health p99 ms, ${CALLERS} recognize callers`, (x) => x.health.p99, 1],
    ['event-loop delay p99 ms', (x) => x.recognize.loopDelay.p99, 1],
    ['event-loop delay max ms', (x) => x.recognize.loopDelay.max, 1],
    ['recognize per second', (x) => x.recognize.perSecond, 2],
    ['recognize p50 ms', (x) => x.recognize.p50, 0],
    ['recognize p99 ms', (x) => x.recognize.p99, 0],
  ];
  console.log(`\nmedian of ${ROUNDS} rounds    ${MODES.map((m) => m.name.padStart(18)).join('')}   after / before`);
  for (const [name, pick, digits] of lines) {
    const [before, after] = [figure(0, pick), figure(1, pick)];
    console.log(
      `${name.padEnd(40)}${fmt(before, digits).padStart(18)}${fmt(after, digits).padStart(18)}   ${fmt(after / before, 2)}x`,
    );
  }
  const p99 = figure(1, (x) => x.health.p99);
  console.log(
    `\nGET /health p99 with ${CALLERS} recognize callers, worker threads: ${fmt(p99)} ms against the target ` +
      `${TARGET_HEALTH_P99_MS} ms (${fmt(p99 / TARGET_HEALTH_P99_MS, 2)}x). Load average after: ${loadAverage()}`,
  );
}
