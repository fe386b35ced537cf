// npm run bench:detectors — per detector on the test set (../shared/data/faces): exact face-count matches,
// ms per image for detect() (canvas, tensor, run, decode, suppression), and the raw onnxruntime run() time of
// the same calls, measured in the same run, as the reference. Also prints the sharpness distribution that the
// quality.minSharpness default (40) was calibrated on. One intra-op thread; short on purpose.
import { createLogger } from '@freeface/observability';
import { faceImage, faceLabels, TEST_MODELS_DIR } from '@freeface/testing';
import type * as ort from 'onnxruntime-node';
import * as onnx from 'onnxruntime-node';
import sharp from 'sharp';
import { createDetector } from '../packages/vision/src/detect/create-detector.js';
import { decodeImage } from '../packages/vision/src/image/decode-image.js';
import { ModelRegistry } from '../packages/vision/src/models/model-registry.js';
import { OnnxSessions, type SessionFactory } from '../packages/vision/src/onnx/onnx-sessions.js';
import { faceSharpness } from '../packages/vision/src/quality/sharpness.js';
import type { RgbImage } from '../packages/vision/src/types.js';

const limits = { maxBytes: 15 * 1024 * 1024, maxPixels: 40_000_000, minSide: 16 };
const labels = faceLabels();
const cases: Array<{ file: string; min: number; max: number }> = [
  ...Object.values(labels.identities)
    .flat()
    .map((file) => ({ file, min: 1, max: 1 })),
  ...(labels.strangers as string[]).map((file) => ({ file, min: 1, max: 1 })),
  ...Object.entries(labels.group).map(([file, l]) => ({
    file,
    min: l.faces ?? l.faces_min ?? 0,
    max: l.faces ?? l.faces_max ?? 99,
  })),
];
const images = await Promise.all(
  cases.map(async (c) => ({ ...c, image: await decodeImage(faceImage(c.file), limits) })),
);

let runMs = 0;
const timed: SessionFactory = async (path, options) => {
  const session = await onnx.InferenceSession.create(path, options);
  const run = session.run.bind(session);
  session.run = (async (...args: Parameters<ort.InferenceSession['run']>) => {
    const start = performance.now();
    const out = await run(...args);
    runMs += performance.now() - start;
    return out;
  }) as ort.InferenceSession['run'];
  return session;
};

const registry = ModelRegistry.load(TEST_MODELS_DIR);
const sessions = new OnnxSessions(
  { executionProvider: 'cpu', intraOpThreads: 1, interOpThreads: 1, intraOpSpinning: false },
  createLogger({ name: 'bench', level: 'warn' }),
  timed,
);
const rows: string[] = [];
for (const entry of registry.list().filter((m) => m.task === 'detect')) {
  if (!registry.locate(entry.id).present) {
    rows.push(`${entry.id.padEnd(20)} weights missing, skipped`);
    continue;
  }
  const detector = await createDetector(entry.id, { registry, sessions });
  for (const { image } of images.slice(0, 3)) await detector.detect(image); // warm-up
  runMs = 0;
  let exact = 0;
  const misses: string[] = [];
  const start = performance.now();
  for (const { file, min, max, image } of images) {
    const found = (await detector.detect(image)).length;
    if (found >= min && found <= max) exact++;
    else misses.push(`${file}:${found}`);
  }
  const ms = (performance.now() - start) / images.length;
  const raw = runMs / images.length;
  rows.push(
    `${entry.id.padEnd(20)} ${exact}/${images.length} exact  ${ms.toFixed(1)} ms/image  onnxruntime ${raw.toFixed(1)} ms  ratio ${(ms / raw).toFixed(2)}${misses.length ? `  missed: ${misses.join(' ')}` : ''}`,
  );
}
await sessions.close();
process.stdout.write(`${rows.join('\n')}\n`);

// Sharpness of the faces of the set, sharp and blurred (sigma as a share of the face size).
const blur = async (image: RgbImage, sigma: number): Promise<RgbImage> => ({
  ...image,
  data: await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .blur(Math.max(0.3, sigma))
    .raw()
    .toBuffer(),
});
const quality = new OnnxSessions(
  { executionProvider: 'cpu', intraOpThreads: 1, interOpThreads: 1, intraOpSpinning: false },
  createLogger({ name: 'bench', level: 'warn' }),
);
const detector = await createDetector('retinaface-mnet025', { registry, sessions: quality });
const levels = [0, 0.01, 0.015, 0.02];
const values = levels.map(() => [] as number[]);
for (const { image } of images)
  for (const face of await detector.detect(image))
    for (const [i, level] of levels.entries()) {
      const side = Math.max(face.box.width, face.box.height);
      values[i]?.push(faceSharpness(level === 0 ? image : await blur(image, level * side), face.box));
    }
await quality.close();
for (const [i, level] of levels.entries()) {
  const v = (values[i] ?? []).sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))]?.toFixed(0);
  process.stdout.write(
    `sharpness, blur sigma ${(level * 100).toFixed(1)}% of face: n=${v.length} min ${at(0)} p5 ${at(0.05)} median ${at(0.5)} max ${at(1)}; under 40: ${v.filter((x) => x < 40).length}\n`,
  );
}
