import { join } from 'node:path';
import { PROJECT_ROOT, requireAvailable, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { alignFace } from '../align/align-face.js';
import { createDetector } from '../detect/create-detector.js';
import { ModelRegistry } from '../models/model-registry.js';
import type { AlignedFace } from '../types.js';
import { groupFiles, loadFace, testSessions } from '../vision.fixtures.js';
import { type BatchEmbedder, BatchingEmbedder, withBatching } from './batching.embedder.js';
import { createEmbedder } from './create-embedder.js';
import type { OnnxEmbedder } from './onnx.embedder.js';

// The micro-batcher over the real embedders (SFace, prepared with a symbolic batch, and dlib's ResNet) on the
// faces of the shared group photos: concurrent callers share runs and each gets exactly its own vectors.
const images = requireTestData('faces');
const registry = ModelRegistry.load(join(PROJECT_ROOT, 'models/weights'));
const ids = ['sface-2021dec', 'dlib-resnet-128'] as const;
const here = requireAvailable(
  'models yunet-2023mar, sface-2021dec and dlib-resnet-128',
  ['yunet-2023mar', ...ids].every((id) => registry.locate(id).present),
  'are not prepared: run npx freeface models prepare',
);
const sessions = testSessions();
afterAll(() => sessions.close());

/** The real embedder, counting the faces of each run it is asked for. */
function counted(inner: BatchEmbedder) {
  const runs: number[] = [];
  let failNext = false;
  const embedder: BatchEmbedder = {
    id: inner.id,
    dimension: inner.dimension,
    template: inner.template,
    batchSize: inner.batchSize,
    embed: async (faces) => {
      runs.push(faces.length);
      if (failNext) {
        failNext = false;
        throw new Error('this run failed');
      }
      return inner.embed(faces);
    },
  };
  return { embedder, runs, failOnce: () => (failNext = true) };
}

/** The faces of each group photo, aligned for `embedder`. */
async function groupCrops(embedder: BatchEmbedder): Promise<AlignedFace[][]> {
  const detector = await createDetector('yunet-2023mar', { registry, sessions });
  const crops: AlignedFace[][] = [];
  for (const [file] of groupFiles()) {
    const image = await loadFace(file);
    crops.push((await detector.detect(image)).map((d) => alignFace(image, d, embedder.template)));
  }
  return crops;
}

describe.skipIf(!(images && here))('micro-batched embedder', () => {
  for (const id of ids)
    it(`gives each concurrent caller the vectors ${id} gives its faces alone, in fewer runs`, {
      timeout: 120_000,
    }, async () => {
      const plain = (await createEmbedder(id, { registry, sessions })) as OnnxEmbedder;
      expect(plain.batchSize).toBeGreaterThan(1); // the graph takes a batch (SFace: symbolic-batch fix)
      const crops = await groupCrops(plain);
      const alone = [];
      for (const faces of crops) alone.push(await Promise.all(faces.map(async (f) => (await plain.embed([f]))[0])));
      const { embedder, runs } = counted(plain);
      const batched = new BatchingEmbedder(embedder, { windowMs: 2, maxBatch: 32 });
      const together = await Promise.all(crops.map((faces) => batched.embed(faces)));
      expect(together.map((v) => v.length)).toEqual(crops.map((c) => c.length));
      for (const [i, vectors] of together.entries())
        for (const [j, vector] of vectors.entries()) {
          const reference = alone[i]?.[j] as Float32Array;
          const diff = Math.max(...vector.map((v, k) => Math.abs(v - (reference[k] as number))));
          expect(diff).toBeLessThan(1e-5);
        }
      expect(runs.length).toBeLessThan(crops.length);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(crops.flat().length);
    });

  it('closes a batch at maxBatch faces, runs one batch at a time, and fails only the calls a failure concerns', {
    timeout: 120_000,
  }, async () => {
    const plain = (await createEmbedder('sface-2021dec', { registry, sessions })) as OnnxEmbedder;
    const faces = (await groupCrops(plain)).flat().slice(0, 9);
    const { embedder, runs, failOnce } = counted(plain);
    const batched = new BatchingEmbedder(embedder, { windowMs: 0, maxBatch: 4 });
    const calls = faces.map((face) => batched.embed([face]));
    const vectors = await Promise.all(calls);
    expect(vectors.every((v) => v.length === 1)).toBe(true);
    expect(runs).toEqual([4, 4, 1]);

    // a crop of the wrong size fails its call alone, before any run
    const wrong = { data: new Uint8Array(3 * 10 * 10), width: 10, height: 10 };
    const [bad, good] = await Promise.allSettled([batched.embed([wrong]), batched.embed([faces[0] as AlignedFace])]);
    expect(bad.status === 'rejected' && String(bad.reason)).toMatch(/takes faces aligned to 112x112; got 10x10/);
    expect(good.status).toBe('fulfilled');

    // a run that fails rejects the calls in it, and the next calls are served
    failOnce();
    const failed = await Promise.allSettled(faces.slice(0, 2).map((f) => batched.embed([f])));
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await batched.embed(faces.slice(0, 3))).length).toBe(3);
  });

  it('is left out for a graph fixed at one face per run, or maxBatch 1', async () => {
    const plain = (await createEmbedder('sface-2021dec', { registry, sessions })) as OnnxEmbedder;
    expect(withBatching(plain, { windowMs: 2, maxBatch: 8 })).toBeInstanceOf(BatchingEmbedder);
    expect(withBatching(plain, { windowMs: 2, maxBatch: 1 })).toBe(plain);
    const fixed = { ...counted(plain).embedder, batchSize: 1 };
    expect(withBatching(fixed, { windowMs: 2, maxBatch: 8 })).toBe(fixed);
  });
});
