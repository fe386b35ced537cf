// npm run bench:presets — each model preset (FREEFACE_MODEL_PRESET) through the whole FaceAnalyzer pipeline on
// ../shared/data/faces (8 people x 5 crops, 7 strangers, 5 group photos): pair accuracy at the embedder's
// manifest threshold, the gap between the lowest same-person and the highest different-person similarity (> 0:
// one threshold separates them all), strangers matching an enrolled face at that threshold, group-photo faces
// found against labels.json, and ms per image (decode, detect, align, embed). Extra pairs: `-- yunet-2023mar+dlib-resnet-128 ...`.
// The reference in the same run is the default preset (today's pair): each row's ms ratio is against it.
import { DEFAULT_MODEL_PRESET, loadConfig, MODEL_PRESET_NAMES, MODEL_PRESETS } from '@freeface/config';
import { createLogger } from '@freeface/observability';
import { faceImage, faceLabels, TEST_MODELS_DIR } from '@freeface/testing';
import { createDetector } from '../packages/vision/src/detect/create-detector.js';
import { createEmbedder } from '../packages/vision/src/embed/create-embedder.js';
import {
  bestThreshold,
  type LabelledVector,
  pairSimilarities,
  strangerMatches,
} from '../packages/vision/src/embed/verification-metrics.js';
import { FaceAnalyzer } from '../packages/vision/src/face-analyzer.js';
import { ModelRegistry } from '../packages/vision/src/models/model-registry.js';
import { OnnxSessions } from '../packages/vision/src/onnx/onnx-sessions.js';

const config = loadConfig();
const sessions = new OnnxSessions(
  { ...config.models, intraOpThreads: 1, interOpThreads: 1 },
  createLogger({ name: 'bench', level: 'warn' }),
);
const registries = [ModelRegistry.load(config.models.dir), ModelRegistry.load(TEST_MODELS_DIR)];
const deps = (id: string) => ({
  registry: registries.find((r) => r.locate(id).present) ?? (registries[0] as ModelRegistry),
  sessions,
});
const labels = faceLabels();
const crops = Object.entries(labels.identities).flatMap(([name, files]) => files.map((file) => ({ name, file })));
const strangers = (labels.strangers as string[]).map((file) => ({ name: `stranger:${file}`, file }));
const groups = Object.entries(labels.group).map(([file, l]) => ({
  file,
  min: l.faces ?? l.faces_min ?? 0,
  max: l.faces ?? l.faces_max ?? Number.POSITIVE_INFINITY,
}));

interface Row {
  readonly name: string;
  readonly pair: string;
  readonly threshold: number;
  readonly accuracy: number;
  readonly bestAccuracy: number;
  readonly gap: number;
  readonly lowestSame: number;
  readonly highestDifferent: number;
  readonly strangersMatched: number;
  readonly groupFound: number;
  readonly groupLabelled: number;
  readonly groupsInRange: number;
  readonly msPerImage: number;
}

async function measure(name: string, detectorId: string, embedderId: string): Promise<Row> {
  const [detector, embedder] = await Promise.all([
    createDetector(detectorId, deps(detectorId)),
    createEmbedder(embedderId, deps(embedderId)),
  ]);
  const analyzer = new FaceAnalyzer(detector, embedder, config);
  const threshold = analyzer.matchThreshold;
  await analyzer.analyze(faceImage(crops[0]?.file ?? '')); // warm-up
  let ms = 0;
  let images = 0;
  const analyze = async (file: string) => {
    const start = performance.now();
    const analysis = await analyzer.analyze(faceImage(file));
    ms += performance.now() - start;
    images++;
    return analysis.faces;
  };
  const vectors = async (items: Array<{ name: string; file: string }>) => {
    const out: LabelledVector[] = [];
    for (const { name: label, file } of items) {
      const [face] = await analyze(file);
      if (face?.embedding) out.push({ label, vector: face.embedding });
    }
    return out;
  };
  const enrolled = await vectors(crops);
  const unknown = await vectors(strangers);
  const { genuine, impostor } = pairSimilarities([...enrolled, ...unknown]);
  const accepted = genuine.filter((s) => s >= threshold).length;
  const rejected = impostor.filter((s) => s < threshold).length;
  let groupFound = 0;
  let groupsInRange = 0;
  for (const g of groups) {
    const found = (await analyze(g.file)).length;
    groupFound += found;
    if (found >= g.min && found <= g.max) groupsInRange++;
  }
  return {
    name,
    pair: `${detectorId} + ${embedderId}`,
    threshold,
    accuracy: (accepted + rejected) / (genuine.length + impostor.length),
    bestAccuracy: bestThreshold(genuine, impostor).accuracy,
    gap: Math.min(...genuine) - Math.max(...impostor),
    lowestSame: Math.min(...genuine),
    highestDifferent: Math.max(...impostor),
    strangersMatched: strangerMatches(enrolled, unknown, threshold).filter((m) => m.falseMatch).length,
    groupFound,
    groupLabelled: groups.reduce((n, g) => n + g.min, 0),
    groupsInRange,
    msPerImage: ms / images,
  };
}

const extra = process.argv.slice(2).map((arg) => {
  const [detector = '', embedder = ''] = arg.split('+');
  return { name: 'extra', detector, embedder };
});
const rows: Row[] = [];
for (const entry of [...MODEL_PRESET_NAMES.map((name) => ({ name, ...MODEL_PRESETS[name] })), ...extra])
  rows.push(
    await measure(entry.name === DEFAULT_MODEL_PRESET ? `${entry.name}*` : entry.name, entry.detector, entry.embedder),
  );
await sessions.close();

const reference = rows.find((r) => r.name.endsWith('*'))?.msPerImage ?? Number.NaN;
console.log(
  `${crops.length} crops + ${strangers.length} strangers (all pairs), ${groups.length} group photos; one onnxruntime thread; * = default preset; group faces: found / labelled (at least), photos whose count is in the labelled range`,
);
console.log(
  [
    'preset',
    'pair',
    'threshold',
    'accuracy',
    '(best)',
    'same min',
    'diff max',
    'gap',
    'strangers',
    'group faces',
    'ms/image',
    'x default',
  ]
    .map((h, i) => h.padEnd([10, 34, 9, 9, 8, 8, 8, 7, 9, 19, 8, 9][i] ?? 8))
    .join(' '),
);
for (const r of rows)
  console.log(
    [
      r.name.padEnd(10),
      r.pair.padEnd(34),
      r.threshold.toFixed(3).padEnd(9),
      `${(r.accuracy * 100).toFixed(2)}%`.padEnd(9),
      `${(r.bestAccuracy * 100).toFixed(2)}%`.padEnd(8),
      r.lowestSame.toFixed(3).padEnd(8),
      r.highestDifferent.toFixed(3).padEnd(8),
      r.gap.toFixed(3).padEnd(7),
      `${r.strangersMatched}/${strangers.length}`.padEnd(9),
      `${r.groupFound}/${r.groupLabelled} (${r.groupsInRange}/${groups.length} ok)`.padEnd(19),
      r.msPerImage.toFixed(1).padEnd(8),
      (r.msPerImage / reference).toFixed(2),
    ].join(' '),
  );
