import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import { bcubed, clusterFaces } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { FACES_DIR, faceImage, faceLabels, PROJECT_ROOT, requireTestData, shuffled } from '@freeface/testing';
import { openVision } from '@freeface/vision';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestClustering, type TestClustering } from './testing/fixtures.js';

const faces = requireTestData('faces');

// The clustering on real embeddings (the default embedder, dlib-resnet-128, at its measured threshold) of the
// 40 identity crops and 7 strangers of ../shared/data/faces, arriving in many orders: the incremental result
// must not hang on the order. dlib's unrelated faces come within a hair of its threshold (up to 0.910
// against 0.91), so this is where a weaker rule splits or mixes identities.

const ORDERS = 20;

async function embeddings() {
  const config = loadConfig({
    FREEFACE_MODELS_DIR: join(PROJECT_ROOT, 'models/weights'),
    FREEFACE_LOG_LEVEL: 'silent',
  });
  const vision = await openVision(config, createLogger({ name: 'accuracy', level: 'silent' }));
  try {
    const files = [
      ...Object.entries(faceLabels().identities).flatMap(([label, list]) => list.map((file) => ({ file, label }))),
      ...readdirSync(`${FACES_DIR}strangers`).map((f) => ({ file: `strangers/${f}`, label: `stranger:${f}` })),
    ];
    const faces = [];
    for (const [i, { file, label }] of files.entries()) {
      const [face] = (await vision.analyzer.analyze(faceImage(file))).faces;
      if (!face?.embedding) throw new Error(`${file}: no face`);
      faces.push({ faceId: `face-${i}`, label, vector: Array.from(face.embedding) });
    }
    return { faces, embedder: vision.analyzer.embedder, threshold: vision.analyzer.matchThreshold };
  } finally {
    await vision.close();
  }
}

let t: TestClustering | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.skipIf(!faces)('clustering real faces in any order', () => {
  it('makes eight persons with BCubed F >= 0.95 in every order, strangers alone', { timeout: 180_000 }, async () => {
    const { faces, embedder, threshold } = await embeddings();
    const scores: number[] = [];
    for (let seed = 1; seed <= ORDERS; seed++) {
      t = await openTestClustering({}, undefined, { model: embedder.id, dimension: embedder.dimension, threshold });
      for (const face of shuffled(faces, seed)) {
        await t.enroll(face.faceId, face.vector);
        await t.clustering.clusterFace(face.faceId, embedder.id, face.vector);
      }
      const persons = new Map<string, string | undefined>();
      for (const face of faces) persons.set(face.faceId, (await t.storage.metadata.faces.get(face.faceId))?.personId);
      const identities = faces.filter((f) => !f.label.startsWith('stranger'));
      const { f } = bcubed(identities.map((x) => ({ cluster: persons.get(x.faceId) ?? x.faceId, label: x.label })));
      scores.push(f);
      expect(new Set([...persons.values()].filter(Boolean)).size, `order ${seed}`).toBe(8);
      for (const face of faces.filter((x) => x.label.startsWith('stranger')))
        expect(persons.get(face.faceId), `order ${seed}: ${face.label}`).toBeUndefined();
      await t.close();
      t = undefined;
    }
    const batch = clusterFaces(faces, { threshold });
    const batchF = bcubed(
      batch.flatMap((g, i) =>
        g.faceIds
          .filter((id) => !faces.find((x) => x.faceId === id)?.label.startsWith('stranger'))
          .map((id) => ({ cluster: `${i}`, label: faces.find((x) => x.faceId === id)?.label as string })),
      ),
    ).f;
    console.log(
      `${embedder.id} at ${threshold}, ${ORDERS} arrival orders: incremental BCubed F min ` +
        `${Math.min(...scores).toFixed(3)}, mean ${(scores.reduce((a, b) => a + b) / scores.length).toFixed(3)}; ` +
        `one batch re-clustering F ${batchF.toFixed(3)}`,
    );
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.95);
  });
});
