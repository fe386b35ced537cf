// npm run bench:embedders — how well and how fast each face embedder of models/manifest.json works on the test faces
// (../shared/data/faces: 8 people x 5 crops, 7 strangers). For every embedder whose weights are present:
//   accuracy, twice: faces "resized" (the crop scaled onto the model's input, no landmarks) and "aligned"
//   (RetinaFace landmarks, similarity warp onto the model's template): genuine and impostor cosine similarities,
//   the threshold that best separates them, verification accuracy, leave-one-out rank-1 identification, and
//   whether any stranger would match an enrolled face at that threshold;
//   speed: ms per face through Embedder.embed(), batched and one face per call, against the bare
//   onnxruntime session.run() on ready-made tensors (the ratio is the embedder's own overhead).
import { loadConfig } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { faceImage, faceLabels, TEST_MODELS_DIR } from '@freeface/testing';
import * as ort from 'onnxruntime-node';
import { alignFace } from '../packages/vision/src/align/align-face.js';
import { warpSimilarity } from '../packages/vision/src/align/warp-affine.js';
import { createDetector } from '../packages/vision/src/detect/create-detector.js';
import { embedderSpec } from '../packages/vision/src/embed/create-embedder.js';
import { embedderInput, OnnxEmbedder, type OnnxEmbedderSpec } from '../packages/vision/src/embed/onnx.embedder.js';
import {
  bestThreshold,
  distribution,
  type LabelledVector,
  pairSimilarities,
  rank1Accuracy,
  strangerMatches,
} from '../packages/vision/src/embed/verification-metrics.js';
import { decodeImage } from '../packages/vision/src/image/decode-image.js';
import { ModelRegistry } from '../packages/vision/src/models/model-registry.js';
import { hasPreparationStep, runPreparationStep } from '../packages/vision/src/models/preparation-steps.js';
import { OnnxSessions } from '../packages/vision/src/onnx/onnx-sessions.js';
import type { Box, Detection, FaceTemplate, RgbImage } from '../packages/vision/src/types.js';

const REPEATS = 5;
const config = loadConfig();
const sessions = new OnnxSessions(config.models, createLogger({ name: 'bench', level: 'warn' }));
// weights: the configured models folder first, then ../shared/models (test models that are not on npm)
const configured = ModelRegistry.load(config.models.dir);
const registries = [configured, ModelRegistry.load(TEST_MODELS_DIR)];
const registryOf = (id: string) => registries.find((r) => r.locate(id).present);

interface Face {
  readonly label: string;
  readonly image: RgbImage;
  readonly detection: Detection;
}

const fmt = (v: number, digits = 3) => v.toFixed(digits);
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Median ms of each run; the runs take turns (after one warm-up each) so that a busy machine slows them alike
 * and their ratios stay meaningful.
 */
async function timed<K extends string>(runs: Record<K, () => Promise<unknown>>): Promise<Record<K, number>> {
  const entries = Object.entries(runs) as Array<[K, () => Promise<unknown>]>;
  const times = new Map<K, number[]>(entries.map(([key]) => [key, []]));
  for (const [, run] of entries) await run();
  for (let i = 0; i < REPEATS; i++)
    for (const [key, run] of entries) {
      const start = performance.now();
      await run();
      times.get(key)?.push(performance.now() - start);
    }
  return Object.fromEntries(entries.map(([key]) => [key, median(times.get(key) ?? [])])) as Record<K, number>;
}

/** The square around the detection box (or the whole picture when `box` is undefined) scaled to the template. */
function resized(image: RgbImage, template: FaceTemplate, box?: Box): RgbImage {
  const side = box ? Math.max(box.width, box.height) : Math.max(image.width, image.height);
  const x0 = box ? box.x + box.width / 2 - side / 2 : 0;
  const y0 = box ? box.y + box.height / 2 - side / 2 : 0;
  const s = template.width / side;
  return warpSimilarity(
    image,
    { a: s, b: 0, tx: 0.5 * s - 0.5 - x0 * s, ty: 0.5 * s - 0.5 - y0 * s },
    template.width,
    template.height,
  );
}

async function loadFaces(files: Array<[label: string, path: string]>): Promise<Face[]> {
  const registry = registryOf('retinaface-mnet025');
  if (!registry) throw new Error('retinaface-mnet025 is needed to find the faces; put it in the models folder');
  const detector = await createDetector('retinaface-mnet025', { registry, sessions });
  const limits = config.images;
  return Promise.all(
    files.map(async ([label, path]) => {
      const image = await decodeImage(faceImage(path), limits);
      const [detection] = await detector.detect(image);
      if (!detection) throw new Error(`RetinaFace found no face in ${path}`);
      return { label, image, detection };
    }),
  );
}

function accuracyReport(items: LabelledVector[], strangers: LabelledVector[]): string[] {
  const { genuine, impostor } = pairSimilarities(items);
  const g = distribution(genuine);
  const i = distribution(impostor);
  const v = bestThreshold(genuine, impostor);
  const matches = strangerMatches(items, strangers, v.threshold);
  const falseMatches = matches.filter((m) => m.falseMatch);
  const closest = Math.max(...matches.map((m) => m.similarity));
  return [
    `genuine  ${g.count} pairs  mean ${fmt(g.mean)}  min ${fmt(g.min)}  max ${fmt(g.max)}`,
    `impostor ${i.count} pairs mean ${fmt(i.mean)}  min ${fmt(i.min)}  max ${fmt(i.max)}   gap (genuine min - impostor max) ${fmt(g.min - i.max)}`,
    `threshold ${fmt(v.threshold)}: verification ${pct(v.accuracy)} of pairs (balanced ${pct(v.balancedAccuracy)}: accept ${pct(v.trueAcceptRate)}, reject ${pct(v.trueRejectRate)})`,
    `rank-1 identification (leave-one-out) ${pct(rank1Accuracy(items))}`,
    `strangers matching someone at the threshold: ${falseMatches.length}/${matches.length}` +
      `${falseMatches.map((m) => ` ${m.label}~${m.bestMatch} (${fmt(m.similarity)})`).join('')}; closest stranger ${fmt(closest)}`,
  ];
}

async function speedReport(
  embedder: OnnxEmbedder,
  session: ort.InferenceSession,
  faces: RgbImage[],
  spec: OnnxEmbedderSpec,
) {
  const n = faces.length;
  // the bare model: the same chunks as the embedder runs, on tensors built beforehand
  const chunks: ort.Tensor[] = [];
  for (let start = 0; start < n; start += embedder.batchSize)
    chunks.push(embedderInput(faces.slice(start, start + embedder.batchSize), spec));
  const inputName = spec.inputName ?? session.inputNames[0] ?? 'input';
  const { batched, single, raw } = await timed({
    raw: async () => {
      for (const tensor of chunks) await session.run({ [inputName]: tensor });
    },
    batched: () => embedder.embed(faces),
    single: async () => {
      for (const face of faces) await embedder.embed([face]);
    },
  });
  return [
    `embed(): ${fmt(batched / n, 2)} ms/face batched (${embedder.batchSize === 1 ? 'graph takes 1 face per run' : `up to ${embedder.batchSize} per run`}), ` +
      `${fmt(single / n, 2)} ms/face one per call (unbatched/batched ${fmt(single / batched, 2)}x)`,
    `raw onnxruntime session.run: ${fmt(raw / n, 2)} ms/face; embed()/raw ${fmt(batched / raw, 2)}x`,
  ];
}

async function benchEmbedder(id: string, people: Face[], strangers: Face[]): Promise<string[]> {
  const spec = embedderSpec(configured.entry(id));
  const session = await sessions.get(id, await (registryOf(id) ?? configured).weightsPath(id));
  const embedder = new OnnxEmbedder(spec, session);
  const lines = [`${id} (${spec.dimension}-d, ${spec.template.name})`];
  const modes = {
    resized: (f: Face, isStranger: boolean) =>
      resized(f.image, spec.template, isStranger ? f.detection.box : undefined),
    aligned: (f: Face) => alignFace(f.image, f.detection, spec.template),
  };
  let alignedFaces: RgbImage[] = [];
  for (const [mode, prepare] of Object.entries(modes)) {
    const faces = people.map((f) => prepare(f, false));
    if (mode === 'aligned') alignedFaces = faces;
    const vectors = await embedder.embed(faces);
    const strangerVectors = await embedder.embed(strangers.map((f) => prepare(f, true)));
    const items = vectors.map((vector, i) => ({ label: people[i]?.label ?? '', vector }));
    const others = strangerVectors.map((vector, i) => ({ label: strangers[i]?.label ?? '', vector }));
    lines.push(`  ${mode}:`, ...accuracyReport(items, others).map((l) => `    ${l}`));
  }
  lines.push(
    '  speed (aligned faces):',
    ...(await speedReport(embedder, session, alignedFaces, spec)).map((l) => `    ${l}`),
  );
  return lines;
}

const labels = faceLabels();
for (const entry of configured.list())
  if (entry.prepare && hasPreparationStep(entry.id)) await runPreparationStep(entry.id, config);
const people = await loadFaces(
  Object.entries(labels.identities).flatMap(([name, paths]) => paths.map((p): [string, string] => [name, p])),
);
const strangers = await loadFaces(
  ((labels.strangers ?? []) as string[]).map((p): [string, string] => [p.replace(/^.*\/|\.jpg$/g, ''), p]),
);
console.log(
  `embedders on ${people.length} crops of ${Object.keys(labels.identities).length} people and ${strangers.length} strangers; ` +
    `onnxruntime ${ort.env.versions.common}, ${config.models.executionProvider}, median of ${REPEATS} runs\n`,
);
for (const entry of configured.list().filter((m) => m.task === 'embed')) {
  if (!registryOf(entry.id)) {
    console.log(`${entry.id}: weights missing (${configured.locate(entry.id).path}), skipped\n`);
    continue;
  }
  console.log(`${(await benchEmbedder(entry.id, people, strangers)).join('\n')}\n`);
}
await sessions.close();
