import { join } from 'node:path';
import { loadConfig, MODEL_PRESET_NAMES, MODEL_PRESETS } from '@freeface/config';
import { faceImage, PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createDetector } from './detect/create-detector.js';
import { createEmbedder } from './embed/create-embedder.js';
import { type Analysis, createFaceAnalyzer, FaceAnalyzer } from './face-analyzer.js';
import { ModelRegistry } from './models/model-registry.js';
import { groupFiles, strangerFiles, testSessions } from './vision.fixtures.js';

// Many images at once (reused input buffers, embedder calls of different images micro-batched into shared runs)
// give each image what it gets analysed alone by an analyzer that shares nothing: the same boxes and the same
// embeddings, for every preset whose models are prepared.
const faces = requireTestData('faces');
const registry = ModelRegistry.load(join(PROJECT_ROOT, 'models/weights'));
const sessions = testSessions();
afterAll(() => sessions.close());
const base = loadConfig({});

const present = MODEL_PRESET_NAMES.filter((name) =>
  [MODEL_PRESETS[name].detector, MODEL_PRESETS[name].embedder].every((id) => registry.locate(id).present),
);

const summary = (a: Analysis) => ({
  size: [a.width, a.height],
  boxes: a.faces.map((f) => f.detection.box),
  rejected: a.rejected.map((f) => f.detection.box),
  quality: a.faces.map((f) => f.quality.score),
});

describe.skipIf(!faces || present.length === 0).each(present)('preset %s, many images at once', (preset) => {
  it('gives every image the boxes and embeddings it gets alone, unbatched', { timeout: 300_000 }, async () => {
    const { detector: detectorId, embedder: embedderId } = MODEL_PRESETS[preset];
    const models = { ...base.models, detector: detectorId, embedder: embedderId };
    const batched = await createFaceAnalyzer(
      { ...base, models: { ...models, embedBatchWindowMs: 2, embedMaxBatch: 32 } },
      { registry, sessions },
    );
    const alone = new FaceAnalyzer(
      await createDetector(detectorId, { registry, sessions }),
      await createEmbedder(embedderId, { registry, sessions }),
      base,
    );
    const files = [...groupFiles().map(([file]) => file), ...strangerFiles()];
    const reference: Analysis[] = [];
    for (const file of files) reference.push(await alone.analyze(faceImage(file)));
    const together = await Promise.all(files.map((file) => batched.analyze(faceImage(file))));
    expect(reference.reduce((n, a) => n + a.faces.length, 0)).toBeGreaterThan(files.length);
    for (const [i, analysis] of together.entries()) {
      const expected = reference[i] as Analysis;
      expect(summary(analysis)).toEqual(summary(expected));
      for (const [j, face] of analysis.faces.entries()) {
        const want = expected.faces[j]?.embedding as Float32Array;
        const got = face.embedding as Float32Array;
        expect(got).toHaveLength(want.length);
        expect(Math.max(...got.map((v, k) => Math.abs(v - (want[k] as number))))).toBeLessThan(1e-5);
      }
    }
  });
});
