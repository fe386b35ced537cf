import { join } from 'node:path';
import { PROJECT_ROOT, requireAvailable, requireTestData, TEST_MODELS_DIR } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createDetector } from '../detect/create-detector.js';
import { ModelRegistry } from '../models/model-registry.js';
import { identityFiles, loadFace, testSessions } from '../vision.fixtures.js';
import { estimatePose } from './pose.js';

// The pose from the landmarks of every detector, on the shared identity crops (people facing the camera, some
// turned a little): frontal on the whole, and the same estimate whichever detector placed the points.
const images = requireTestData('faces');
const registries = [ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')), ModelRegistry.load(TEST_MODELS_DIR)];
const sessions = testSessions();
afterAll(() => sessions.close());
const registryOf = (id: string) => registries.find((r) => r.locate(id).present);

describe.each(['blazeface-back', 'yunet-2023mar', 'scrfd-2.5g', 'retinaface-mnet025'])('pose from %s', (id) => {
  const here = requireAvailable(
    `model ${id}`,
    registryOf(id) !== undefined,
    `is not prepared: npx freeface models prepare ${id} (RetinaFace: ../shared/models)`,
  );
  it.skipIf(!(images && here))(
    'is frontal for most identity crops, level, within its ranges',
    { timeout: 120_000 },
    async () => {
      const detector = await createDetector(id, { registry: registryOf(id) as ModelRegistry, sessions });
      const poses = [];
      for (const file of identityFiles()) {
        const [face] = await detector.detect(await loadFace(file));
        if (face) poses.push(estimatePose(face.landmarks));
      }
      expect(poses.length).toBeGreaterThanOrEqual(38);
      for (const p of poses) {
        for (const v of [p.yaw, p.pitch]) expect(Math.abs(v)).toBeLessThanOrEqual(1);
        expect(p.frontal).toBeGreaterThanOrEqual(0);
        expect(Math.abs(p.rollDegrees)).toBeLessThan(45);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      expect(median(poses.map((p) => p.frontal))).toBeGreaterThan(0.6);
      expect(Math.abs(median(poses.map((p) => p.pitch)))).toBeLessThan(0.4);
    },
  );
});
