// npm run bench:overload — memory of the REST API under a burst of huge images: a real server process (what
// `npm start` runs, embedded profile, in a fresh temporary data dir) gets 24 concurrent POST /faces/verify,
// each with two 6300x6300 PNGs (just under the 40 Mpx limit): first flat, about 115 KB as in the issue, then
// (when the shared test images are here) with a face pasted in, so that every stage runs. Reports the server's peak resident memory (VmHWM of
// /proc/<pid>/status, and the highest VmRSS sampled every 20 ms), its RSS after, the share of requests refused
// with 503 OVERLOADED, and p50/p99 of the others. For reference: the bytes one such image takes decoded at full
// size, and the same figures the caller's environment would give with the limits off, e.g.
//   FREEFACE_MAX_CONCURRENT_IMAGES=1024 FREEFACE_MAX_QUEUED_IMAGES=100000 FREEFACE_IMAGE_DECODE_MAX_SIDE=100000 npm run bench:overload
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '@freeface/config';
import { faceImage, PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { imageWorkLimits } from '@freeface/vision';
import sharp, { type OverlayOptions } from 'sharp';
import { loadAverage, runThenCleanUp } from './api/bench-run.js';
import { Api } from './api/http-load.js';
import { fmt } from './api/report.js';
import { ServerProcess, serverEnv } from './api/server-process.js';
import { median, percentile } from './timing.js';

const SIDE = 6300;
const CONCURRENT = 24;
const TARGET_GIB = 1.5;
const SAMPLE_MS = 20;
const FACE = 'identities/amy/amy1.png';
/** the face pasted in, enlarged to this side: large enough to be found at the size the detector sees */
const FACE_SIDE = 1500;
const GIB = 1024 ** 3;

const step = (what: string) => console.log(`- ${what}`);

/** A SIDE x SIDE PNG, flat (the issue's image) or with a face, enlarged, pasted in. */
async function hugeImage(withFace: boolean): Promise<Buffer> {
  const layers: OverlayOptions[] = [];
  if (withFace) {
    const face = await sharp(faceImage(FACE)).resize(FACE_SIDE, FACE_SIDE, { fit: 'inside' }).png().toBuffer();
    layers.push({ input: face, left: 2500, top: 2000 });
  }
  return sharp({ create: { width: SIDE, height: SIDE, channels: 3, background: { r: 200, g: 190, b: 180 } } })
    .composite(layers)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** kB fields of /proc/<pid>/status, in bytes */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => 1024 * Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

const gib = (bytes: number) => `${fmt(bytes / GIB, 2)} GiB`;

const dataDir = await mkdtemp(join(tmpdir(), 'freeface-bench-overload-'));
let server: ServerProcess | undefined;
await runThenCleanUp(run, async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function run(): Promise<void> {
  const admin = { username: 'bench-admin', password: randomBytes(12).toString('hex') };
  const { env, apiPort } = await serverEnv(process.env, dataDir, admin);
  const config = loadConfig(env);
  console.log(`load average before: ${loadAverage()} (2 cores here are shared)`);
  step(`decoded at full size, one such image takes ${fmt((SIDE * SIDE * 3) / 1024 ** 2, 0)} MiB`);
  step(
    `limits: ${imageWorkLimits(config.images).maxConcurrent} images at once, ${config.images.maxQueued} waiting, decoded at most ${config.images.decodeMaxSide} px a side`,
  );

  server = ServerProcess.start(PROJECT_ROOT, env);
  const api = new Api(`http://127.0.0.1:${apiPort}`);
  const readyMs = await server.waitUntilReady(`${api.base}/api/v1/health/ready`, 120_000);
  const pid = server.pid as number;
  api.token = (await api.call('POST', '/api/v1/auth/login', admin)).access_token;
  const idle = memoryOf(pid);
  step(`api-server (pid ${pid}) ready in ${fmt(readyMs / 1000)} s; RSS ${gib(idle.rss)}, peak so far ${gib(idle.hwm)}`);

  const bursts: Array<[string, boolean]> = [['flat, as in the issue', false]];
  if (requireTestData('faces')) bursts.push([`with a face of ${FACE_SIDE} px: the whole pipeline`, true]);
  for (const [what, withFace] of bursts) await burst(api, pid, what, await hugeImage(withFace));
  const after = memoryOf(pid);
  console.log(
    `\nserver peak RSS over the run: VmHWM ${gib(after.hwm)} (target < ${TARGET_GIB} GiB: ${after.hwm < TARGET_GIB * GIB ? 'met' : 'MISSED'}); RSS idle before ${gib(idle.rss)}, after ${gib(after.rss)}`,
  );
  console.log(`load average after: ${loadAverage()}`);
}

/** CONCURRENT verify calls of the image against itself at once, with the server's memory sampled meanwhile. */
async function burst(api: Api, pid: number, what: string, png: Buffer): Promise<void> {
  const body = JSON.stringify({ image_data: png.toString('base64'), reference_image_data: png.toString('base64') });
  const before = memoryOf(pid);
  let sampling = true;
  let peakRss = before.rss;
  const sampler = (async () => {
    while (sampling) {
      peakRss = Math.max(peakRss, memoryOf(pid).rss);
      await sleep(SAMPLE_MS);
    }
  })();
  const verify = async () => {
    const start = performance.now();
    const response = await fetch(`${api.base}/api/v1/faces/verify`, { method: 'POST', headers: api.headers(), body });
    const answer = (await response.json()) as { code?: string };
    return {
      status: response.status,
      code: answer.code,
      ms: performance.now() - start,
      retryAfter: response.headers.get('retry-after'),
    };
  };
  const began = performance.now();
  const answers = await Promise.all(Array.from({ length: CONCURRENT }, verify));
  const wallMs = performance.now() - began;
  await sleep(500);
  sampling = false;
  await sampler;
  const after = memoryOf(pid);

  const refused = answers.filter((a) => a.status === 503);
  const served = answers.filter((a) => a.status !== 503);
  const byStatus = new Map<string, number>();
  for (const a of answers) {
    const key = `${a.status} ${a.code ?? 'ok'}`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const times = served.map((a) => a.ms);
  console.log(
    `\n${CONCURRENT} concurrent POST /faces/verify, two ${SIDE}x${SIDE} PNGs of ${fmt(png.byteLength / 1024, 0)} KB each (${what}), all answered in ${fmt(wallMs / 1000)} s`,
  );
  console.log(`  answers: ${[...byStatus].map(([k, n]) => `${n} x ${k}`).join(', ')}`);
  const retryAfter = [...new Set(refused.map((a) => a.retryAfter))].join(', ') || '-';
  console.log(
    `  refused with 503: ${refused.length}/${CONCURRENT} (${fmt((100 * refused.length) / CONCURRENT, 0)} %), Retry-After ${retryAfter} s`,
  );
  console.log(`  the others: p50 ${fmt(median(times), 0)} ms, p99 ${fmt(percentile(times, 99), 0)} ms`);
  console.log(
    `  server RSS: highest sampled ${gib(peakRss)}, VmHWM ${gib(after.hwm)}; before ${gib(before.rss)}, after ${gib(after.rss)}`,
  );
}
