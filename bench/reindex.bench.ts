// npm run bench:reindex [-- --profile embedded|cluster] [-- --faces 2000]
// A switch of embedder on a real store: 2,000 faces made from the shared images (flips, crops, brightness),
// enrolled with dlib-resnet-128 through the REST API; then the API restarted with FREEFACE_EMBEDDER=sface-2021dec
// re-embeds them (POST /admin/reindex) while search and recognize callers keep calling. Reports faces per second,
// as a ratio to the enrollment rate of the same run, and the callers' failures (must be 0).
// cluster: the real ScyllaDB (Cassandra), Milvus, S3, Redis and Kafka of `npm run backends:up`, in a keyspace,
// collection prefix and bucket of this run, erased at the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '@freeface/config';
import { type RunningProcess, startProcess } from '@freeface/runtime';
import { type MigrationTarget, migrateAll } from '@freeface/storage';
import { faceImage, faceLabels, freePort, PROJECT_ROOT } from '@freeface/testing';
import sharp from 'sharp';
import { loadAverage } from './api/bench-run.js';

const { values } = parseArgs({
  options: { profile: { type: 'string', default: 'embedded' }, faces: { type: 'string', default: '2000' } },
});
const FACES = Number(values.faces);
const profile = values.profile === 'cluster' ? 'cluster' : 'embedded';
const suffix = randomBytes(4).toString('hex');
const admin = { username: 'bench-admin', password: randomBytes(12).toString('hex') };
const port = await freePort();
const base = {
  FREEFACE_DATA_DIR: mkdtempSync(join(tmpdir(), 'ff-bench-reindex-')),
  FREEFACE_MODELS_DIR: join(PROJECT_ROOT, 'models/weights'),
  FREEFACE_API_HOST: '127.0.0.1',
  FREEFACE_API_PORT: String(port),
  FREEFACE_ADMIN_USER: admin.username,
  FREEFACE_ADMIN_PASSWORD: admin.password,
  FREEFACE_LOG_LEVEL: 'warn',
  FREEFACE_RATE_LIMIT_PER_MINUTE: '1000000',
  FREEFACE_MODEL_PRESET: 'fast',
  ...(profile === 'cluster'
    ? {
        FREEFACE_PROFILE: 'cluster',
        FREEFACE_JWT_SECRET: `bench-reindex-${randomBytes(16).toString('hex')}`,
        FREEFACE_SCYLLA_KEYSPACE: `ff_bench_rx_${suffix}`,
        FREEFACE_SCYLLA_REPLICATION: 'SimpleStrategy:1',
        FREEFACE_SCYLLA_CONSISTENCY: 'one',
        FREEFACE_MILVUS_COLLECTION_PREFIX: `ff_bench_rx_${suffix}`,
        FREEFACE_S3_BUCKET: `ff-bench-rx-${suffix}`,
        FREEFACE_EVENTS_TOPIC_PREFIX: `ff-bench-rx-${suffix}.`,
      }
    : {}),
};
const API = `http://127.0.0.1:${port}/api/v1`;

/** The variants of one crop: mirrored or not, six crops (margins cut off), four brightness levels. */
async function variants(file: string): Promise<Buffer[]> {
  const image = sharp(faceImage(file));
  const { width = 0, height = 0 } = await image.metadata();
  const out: Buffer[] = [];
  for (const flop of [false, true])
    for (const [l, t, r, b] of [
      [0, 0, 0, 0],
      [0.04, 0.04, 0, 0],
      [0, 0, 0.04, 0.04],
      [0.03, 0, 0.03, 0],
      [0, 0.03, 0, 0.03],
      [0.05, 0.05, 0.05, 0.05],
    ] as const)
      for (const brightness of [0.8, 0.93, 1.07, 1.2]) {
        const region = {
          left: Math.round(l * width),
          top: Math.round(t * height),
          width: Math.round((1 - l - r) * width),
          height: Math.round((1 - t - b) * height),
        };
        let pipeline = sharp(faceImage(file)).extract(region).modulate({ brightness });
        if (flop) pipeline = pipeline.flop();
        out.push(await pipeline.jpeg({ quality: 92 }).toBuffer());
      }
  return out;
}

async function call(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the bench reads the JSON answers freely
  return { status: response.status, body: (await response.json()) as { data: any; message: string } };
}

async function login(): Promise<string> {
  const response = await fetch(`${API}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  return ((await response.json()) as { data: { access_token: string } }).data.access_token;
}

async function start(env: Record<string, string>): Promise<RunningProcess> {
  return startProcess({ config: loadConfig(env), roles: ['api'] });
}

const targets: MigrationTarget[] = [];
let running: RunningProcess | undefined;
try {
  console.log(
    `bench:reindex, ${profile} profile, ${FACES} faces; load average before: ${loadAverage()} (2 shared cores)`,
  );
  if (profile === 'cluster') targets.push(...(await migrateAll(loadConfig(base))));
  const labels = faceLabels();
  const sources = [
    ...Object.entries(labels.identities).flatMap(([name, files]) => files.map((file) => ({ name, file }))),
    ...(labels.strangers as string[]).map((file) => ({ name: file, file })),
  ];
  const images: Array<{ name: string; bytes: Buffer }> = [];
  for (const source of sources)
    for (const bytes of await variants(source.file)) images.push({ name: source.name, bytes });
  const chosen = images.filter((_, i) => i % Math.max(1, Math.floor(images.length / FACES)) === 0).slice(0, FACES);

  // 1. enroll with dlib-resnet-128
  running = await start(base);
  let token = await login();
  const persons = new Map<string, string>();
  const enrollStart = performance.now();
  let enrolled = 0;
  let refused = 0;
  const queue = [...chosen];
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        let personId = persons.get(item.name);
        if (!personId) {
          personId = (await call(token, 'POST', '/persons', { name: item.name })).body.data.person_id as string;
          persons.set(item.name, personId);
        }
        const answer = await call(token, 'POST', '/faces/enroll', {
          person_id: personId,
          image_data: item.bytes.toString('base64'),
        });
        if (answer.status === 200) enrolled += answer.body.data.faces.length;
        else refused++;
      }
    }),
  );
  const enrollSeconds = (performance.now() - enrollStart) / 1000;
  console.log(
    `enrolled ${enrolled} faces of ${chosen.length} images with dlib-resnet-128 in ${enrollSeconds.toFixed(1)} s (${(enrolled / enrollSeconds).toFixed(1)} faces/s; ${refused} images refused: no single face found)`,
  );
  await running.close();

  // 2. restart with sface-2021dec, re-embed while callers search and recognize
  running = await start({ ...base, FREEFACE_EMBEDDER: 'sface-2021dec' });
  token = await login();
  const models = (await call(token, 'GET', '/models')).body.data;
  console.log(
    `after the restart: ${models.embedder.id} answers; ${models.pending?.model} lacks ${models.pending?.missing_faces} faces`,
  );
  const t0 = performance.now();
  const started = await call(token, 'POST', '/admin/reindex', {});
  if (started.status !== 202) throw new Error(`reindex did not start: ${started.status} ${started.body.message}`);
  let done = false;
  const counts = { search: 0, recognize: 0, failed: 0, named: 0 };
  const failures: string[] = [];
  const probes = sources.filter((s) => !s.name.includes('/'));
  const caller = async (kind: 'search' | 'recognize') => {
    for (let i = 0; !done; i++) {
      const probe = probes[i % probes.length] as { name: string; file: string };
      const answer = await call(token, 'POST', `/faces/${kind}`, {
        image_data: faceImage(probe.file).toString('base64'),
      });
      counts[kind]++;
      if (answer.status !== 200) {
        counts.failed++;
        if (failures.length < 5) failures.push(`${kind} ${answer.status} ${answer.body.message}`);
      } else if (kind === 'recognize' && answer.body.data.faces[0]?.person_id === persons.get(probe.name))
        counts.named++;
    }
  };
  const callers = [caller('search'), caller('recognize')];
  let progress = started.body.data;
  let shown = -1;
  while (progress.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    progress = (await call(token, 'GET', '/admin/reindex')).body.data;
    const tenth = Math.floor((10 * progress.done) / Math.max(1, progress.total));
    if (tenth !== shown) {
      shown = tenth;
      console.log(`  ${progress.done} of ${progress.total} faces (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  done = true;
  await Promise.all(callers);
  const after = (await call(token, 'GET', '/models')).body.data;
  console.log(
    `re-embedding ${progress.status}: ${progress.done} faces (${progress.skipped} skipped) in ${seconds.toFixed(1)} s: ${(progress.done / seconds).toFixed(1)} faces/s, ${(progress.done / seconds / (enrolled / enrollSeconds)).toFixed(2)} x the dlib enrollment rate of this run`,
  );
  console.log(
    `callers during it: ${counts.search} searches, ${counts.recognize} recognitions (${counts.named} named right), ${counts.failed} failed${failures.length ? `: ${failures.join('; ')}` : ''}`,
  );
  console.log(
    `now ${after.embedder.id} answers (threshold ${after.embedder.match_threshold}); indexes: ${after.indexes.map((i: { model: string; faces: number }) => `${i.model} ${i.faces}`).join(', ')}`,
  );
  console.log(`load average after: ${loadAverage()}`);
  if (counts.failed > 0 || progress.status !== 'completed') process.exitCode = 1;
} finally {
  await running?.close();
  for (const target of targets) {
    await target.erase().catch(() => {});
    await target.close();
  }
}
