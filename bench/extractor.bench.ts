// npm run bench:extractor — the extractor pipeline (decode -> detect -> quality -> align -> embed, the code the gRPC
// handlers run) for each preset (fast, balanced, accurate; `-- --all-pairs`: every detector + embedder pair whose
// weights are present, `-- --presets accurate,fast`: those), on 8 test images (the 5 group
// photos and 3 stranger portraits): ms per image in each stage, faces per second at batch 1 (one Extract per
// image) and batch 8 (one ExtractBatch of the 8 images), and the ratio of the whole pipeline to the raw
// onnxruntime session.run() time of the same models on the same input tensors (recorded from the pipeline,
// replayed alone), measured in the same run, taking turns; also the session.run() time inside the pipeline's own
// calls. Times are the fastest of REPEATS runs (the least disturbed on a shared machine). For the default pair,
// the same over loopback gRPC (`-- --no-grpc`: not). Also the process's CPU time (all threads) of the same runs,
// pipeline against raw: a ratio that hardly depends on how busy a shared machine is. Ends with one table: per
// pair, pipeline/raw at batch 1 and 8 (wall and CPU), faces per second, and ms per image of each stage. Settings as the environment gives them (threads:
// models.intraOpThreads).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig, MODEL_PRESET_NAMES, MODEL_PRESETS } from '@freeface/config';
import {
  BATCH_CONCURRENCY,
  extractorHandlers,
  extractorMetrics,
  ModelPool,
  startExtractorServer,
} from '@freeface/extractor';
import { createLogger, Metrics } from '@freeface/observability';
import { type BatchImage, type CallContext, ExtractorClient, type ExtractResult } from '@freeface/rpc';
import { faceImage, faceLabels, TEST_MODELS_DIR } from '@freeface/testing';
import {
  createDetector,
  createEmbedder,
  embedBatching,
  FaceAnalyzer,
  ModelRegistry,
  OnnxSessions,
  runPreparationStep,
} from '@freeface/vision';
import * as ort from 'onnxruntime-node';
import { mapConcurrent } from '../packages/extractor/src/map-concurrent.js';
import type { SessionFactory } from '../packages/vision/src/onnx/onnx-sessions.js';
import { timeInTurns } from './timing.js';

const REPEATS = 5;
const config = loadConfig();
const logger = createLogger({ name: 'bench', level: 'warn' });

// ---- sessions whose run() calls are timed, and can be recorded to replay the same feeds on the bare sessions ----
type Run = () => Promise<unknown>;
let recording: Run[] | null = null;
/** ms spent in session.run() by the pipeline so far */
let inferenceMs = 0;
const recordingFactory: SessionFactory = async (path, options) => {
  const session = await ort.InferenceSession.create(path, options);
  const run = session.run.bind(session) as (feeds: ort.InferenceSession.FeedsType) => Promise<unknown>;
  session.run = (async (feeds: Record<string, ort.Tensor>, ...rest: unknown[]) => {
    if (rest.length > 0) throw new Error('the bench replays run(feeds) calls only');
    if (recording) {
      // copies: the embedder disposes its input tensor after the run
      const copy = Object.fromEntries(
        Object.entries(feeds).map(([name, t]) => [
          name,
          new ort.Tensor(t.type, t.data.slice() as Float32Array, t.dims),
        ]),
      );
      recording.push(() => run(copy));
    }
    const start = performance.now();
    try {
      return await run(feeds);
    } finally {
      inferenceMs += performance.now() - start;
    }
  }) as ort.InferenceSession['run'];
  return session;
};
const sessions = new OnnxSessions(config.models, logger, recordingFactory);

// weights: the configured models folder first, then ../shared/models (test models that are not on npm)
const registries = [ModelRegistry.load(config.models.dir), ModelRegistry.load(TEST_MODELS_DIR)];
const registryOf = (id: string) => registries.find((r) => r.locate(id).present);
const [configured] = registries as [ModelRegistry];
await runPreparationStep('dlib-resnet-128', config);

const labels = faceLabels();
const files = [...Object.keys(labels.group), ...(labels.strangers as string[]).slice(0, 3)];
const images: BatchImage[] = files.map((file) => ({ id: file, image: faceImage(file) }));
const context: CallContext = { requestId: 'bench', cancelled: () => false };

const fmt = (v: number, digits = 1) => v.toFixed(digits);
const ratio = (a: number, b: number) => `${fmt(a / b, 2)}x`;

interface PairFigures {
  readonly faces: number;
  readonly stages: Record<'decodeMs' | 'detectMs' | 'qualityMs' | 'alignMs' | 'embedMs', number>;
  readonly lines: string[];
  /** ms per image of the fastest runs, and of their raw replays */
  readonly batch1: number;
  readonly raw1: number;
  readonly batch8: number;
  readonly raw8: number;
  /** session.run() ms per image inside the fastest batch 1 run */
  readonly inside: number;
  /** CPU ms per image (all threads), the least of the timed runs */
  readonly cpu: Readonly<Record<'batch1' | 'raw1' | 'batch8' | 'raw8', number>>;
}

/** Batch 1 and batch 8 of `extract`/`extractBatch`, against the raw replay of the session runs they made. */
async function measure(
  extract: (image: Uint8Array) => Promise<ExtractResult>,
  extractBatch: (images: BatchImage[]) => Promise<unknown>,
): Promise<PairFigures> {
  const runsPerImage: Run[][] = [];
  let faces = 0;
  for (const { image } of images) {
    recording = [];
    faces += (await extract(image)).faces.length;
    runsPerImage.push(recording);
    recording = null;
  }
  const replay = (inFlight: number) =>
    mapConcurrent(runsPerImage, inFlight, async (runs) => {
      for (const run of runs) await run();
    });
  const inside: number[] = [];
  const stageSums = { decodeMs: 0, detectMs: 0, qualityMs: 0, alignMs: 0, embedMs: 0 };
  let timedImages = 0;
  // CPU time of the process (every thread: onnxruntime's, libuv's, the loop) per run, beside the wall clock:
  // unlike the wall clock it hardly depends on how busy the machine is
  const cpu: Record<'batch1' | 'raw1' | 'batch8' | 'raw8', number[]> = { batch1: [], raw1: [], batch8: [], raw8: [] };
  const cpuTimed =
    <T>(key: keyof typeof cpu, run: () => Promise<T>) =>
    async (): Promise<T> => {
      const start = process.cpuUsage();
      const result = await run();
      const used = process.cpuUsage(start);
      cpu[key].push((used.user + used.system) / 1000);
      return result;
    };
  const t = await timeInTurns(
    {
      batch1: cpuTimed('batch1', async () => {
        const before = inferenceMs;
        const results = await mapConcurrent(images, 1, ({ image }) => extract(image));
        inside.push(inferenceMs - before);
        return results;
      }),
      raw1: cpuTimed('raw1', () => replay(1)),
      batch8: cpuTimed('batch8', () => extractBatch(images)),
      raw8: cpuTimed('raw8', () => replay(BATCH_CONCURRENCY)),
    },
    REPEATS,
    (key, result) => {
      if (key !== 'batch1') return;
      for (const r of result as ExtractResult[]) {
        for (const stage of Object.keys(stageSums) as Array<keyof typeof stageSums>)
          stageSums[stage] += r.timings[stage];
        timedImages++;
      }
    },
  );
  const n = images.length;
  const best = (key: keyof typeof t) => Math.min(...t[key]);
  const [batch1, raw1, batch8, raw8] = [best('batch1'), best('raw1'), best('batch8'), best('raw8')];
  const leastCpu = (key: keyof typeof cpu) => Math.min(...cpu[key].slice(1)) / n; // [0]: the warm-up
  const insideBest = inside.slice(1)[t.batch1.indexOf(batch1)] ?? Number.NaN; // inside[0]: the warm-up
  const stages = Object.fromEntries(
    Object.entries(stageSums).map(([k, v]) => [k, v / timedImages]),
  ) as PairFigures['stages'];
  return {
    faces,
    stages,
    batch1: batch1 / n,
    raw1: raw1 / n,
    batch8: batch8 / n,
    raw8: raw8 / n,
    inside: insideBest / n,
    cpu: { batch1: leastCpu('batch1'), raw1: leastCpu('raw1'), batch8: leastCpu('batch8'), raw8: leastCpu('raw8') },
    lines: [
      `batch 1: ${fmt(batch1 / n)} ms/image, ${fmt((faces * 1000) / batch1)} faces/s, session.run inside ${fmt(insideBest / n)} ms/image (${fmt((100 * insideBest) / batch1, 0)} %); ` +
        `raw session.run replayed ${fmt(raw1 / n)} ms/image; pipeline/raw ${ratio(batch1, raw1)}`,
      `batch 8: ${fmt(batch8 / n)} ms/image, ${fmt((faces * 1000) / batch8)} faces/s; raw session.run replayed (${BATCH_CONCURRENCY} images in flight) ${fmt(raw8 / n)} ms/image; pipeline/raw ${ratio(batch8, raw8)}`,
      `CPU ms/image, all threads: batch 1 ${fmt(leastCpu('batch1'))} against raw ${fmt(leastCpu('raw1'))} (${ratio(leastCpu('batch1'), leastCpu('raw1'))}), batch 8 ${fmt(leastCpu('batch8'))} against raw ${fmt(leastCpu('raw8'))} (${ratio(leastCpu('batch8'), leastCpu('raw8'))}); ${fmt((faces * 1000) / (n * leastCpu('batch8')))} faces per CPU-second at batch 8`,
    ],
  };
}

const stageLine = (s: PairFigures['stages']) =>
  `stages, ms/image at batch 1 (mean): decode ${fmt(s.decodeMs)}  detect ${fmt(s.detectMs)}  quality ${fmt(s.qualityMs)}  align ${fmt(s.alignMs, 2)}  embed ${fmt(s.embedMs)}`;

const summary: Array<{ pair: string; figures: PairFigures }> = [];

async function benchPair(detectorId: string, embedderId: string, name: string): Promise<void> {
  const detector = await createDetector(detectorId, { registry: registryOf(detectorId) as ModelRegistry, sessions });
  const embedder = await createEmbedder(embedderId, {
    registry: registryOf(embedderId) as ModelRegistry,
    sessions,
    batching: embedBatching(config.models),
  });
  const analyzer = new FaceAnalyzer(detector, embedder, config);
  const vision = { analyzer, registry: configured, sessions };
  const metrics = extractorMetrics(new Metrics('bench'));
  const handlers = extractorHandlers({ pool: new ModelPool(vision), settings: config, metrics, logger });
  const inProcess = await measure(
    (image) => handlers.extract(image, {}, context),
    (batch) => handlers.extractBatch(batch, {}, context),
  );
  summary.push({ pair: name, figures: inProcess });
  console.log(`${name}: ${inProcess.faces} faces in ${images.length} images`);
  console.log(`  ${stageLine(inProcess.stages)}`);
  for (const line of inProcess.lines) console.log(`  in process, ${line}`);

  if (!args['no-grpc'] && detectorId === config.models.detector && embedderId === config.models.embedder) {
    const served = { ...config, extractor: { ...config.extractor, host: '127.0.0.1', port: 0 } };
    const serviceToken = randomBytes(32).toString('hex');
    const auth = { serviceToken, verifyApiKey: async () => undefined };
    const server = await startExtractorServer({ config: served, vision, auth, logger, metrics: new Metrics('bench') });
    const address = `127.0.0.1:${server.port}`;
    const client = new ExtractorClient({ ...config.extractor, address, credential: { serviceToken } });
    const overGrpc = await measure(
      (image) => client.extract(image),
      (batch) => client.extractBatch(batch),
    );
    for (const line of overGrpc.lines) console.log(`  over gRPC,  ${line}`);
    client.close();
    await server.shutdown(1000);
  }
  console.log('');
}

const { values: args } = parseArgs({
  options: {
    'all-pairs': { type: 'boolean', default: false },
    presets: { type: 'string' },
    'no-grpc': { type: 'boolean', default: false },
  },
});
const presetNames = args.presets ? args.presets.split(',') : [...MODEL_PRESET_NAMES];
for (const name of presetNames)
  if (!(MODEL_PRESET_NAMES as readonly string[]).includes(name))
    throw new Error(`--presets: ${name} is not a preset (${MODEL_PRESET_NAMES.join(', ')})`);

console.log(
  `extractor pipeline on ${images.length} images (${files.join(', ')}); onnxruntime ${ort.env.versions.common}, ` +
    `${config.models.executionProvider}, intra-op threads ${config.models.intraOpThreads || 'auto'} (spinning ${config.models.intraOpSpinning ? 'on' : 'off'}); fastest of ${REPEATS} runs taking turns (stages: mean); ` +
    `batch 8 = one ExtractBatch, ${BATCH_CONCURRENCY} images in flight; embedder micro-batching: at most ${config.models.embedMaxBatch} faces a run, window ${config.models.embedBatchWindowMs} ms\n`,
);
const present = (task: 'detect' | 'embed') =>
  configured
    .list()
    .filter((m) => m.task === task && registryOf(m.id))
    .map((m) => m.id);
const pairs: Array<[string, string, string]> = args['all-pairs']
  ? present('detect').flatMap((d) => present('embed').map((e): [string, string, string] => [d, e, `${d} + ${e}`]))
  : presetNames.flatMap((name) => {
      const { detector, embedder } = MODEL_PRESETS[name as keyof typeof MODEL_PRESETS];
      if (registryOf(detector) && registryOf(embedder))
        return [[detector, embedder, `${name} (${detector} + ${embedder})`]];
      console.log(`preset ${name}: weights missing, skipped (npx freeface models prepare)\n`);
      return [];
    });
for (const [detectorId, embedderId, name] of pairs) await benchPair(detectorId, embedderId, name);

// one line per pair: what the pipeline adds to inference, and where that time goes
const outside = (f: PairFigures) => Math.max(0, f.batch1 - f.inside);
console.log(
  'pair | pipeline/raw batch 1 | batch 8 | CPU pipeline/raw batch 1 | batch 8 | faces/s batch 1 | batch 8 | faces per CPU-s batch 8 | ms/image outside session.run (batch 1) | decode | detect* | quality | align | embed*',
);
for (const { pair, figures: f } of summary) {
  const s = f.stages;
  const facesPerSecond = (msPerImage: number) => fmt((f.faces * 1000) / (msPerImage * images.length));
  console.log(
    `${pair} | ${ratio(f.batch1, f.raw1)} | ${ratio(f.batch8, f.raw8)} | ${ratio(f.cpu.batch1, f.cpu.raw1)} | ${ratio(f.cpu.batch8, f.cpu.raw8)} | ${facesPerSecond(f.batch1)} | ` +
      `${facesPerSecond(f.batch8)} | ${facesPerSecond(f.cpu.batch8)} | ${fmt(outside(f))} | ${fmt(s.decodeMs)} | ${fmt(s.detectMs)} | ` +
      `${fmt(s.qualityMs)} | ${fmt(s.alignMs, 2)} | ${fmt(s.embedMs)}`,
  );
}
console.log('(* detect and embed include their session.run)');
await sessions.close();
