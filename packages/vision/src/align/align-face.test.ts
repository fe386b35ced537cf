import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import type { Detection, FaceTemplate, Point } from '../types.js';
import { loadFace, testDetectors } from '../vision.fixtures.js';
import { alignFace, correspondences } from './align-face.js';
import { corePoints } from './face-points.js';
import { ARCFACE_112, DLIB_150, FACE_TEMPLATES, FACENET_160, faceTemplate } from './face-templates.js';

const facesAndModels = requireTestData('faces', 'models');

const fixtures = testDetectors();
afterAll(() => fixtures.close());

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('templates', () => {
  it('are named, sized, and have eyes above the nose above the mouth', () => {
    expect(Object.keys(FACE_TEMPLATES).sort()).toEqual(['arcface-112', 'dlib-150', 'facenet-160']);
    expect(faceTemplate('dlib-150')).toBe(DLIB_150);
    expect(() => faceTemplate('nope')).toThrow(/known: arcface-112/);
    for (const t of [ARCFACE_112, DLIB_150, FACENET_160]) {
      const [le, re, nose, ml, mr] = t.points;
      expect(le.x).toBeLessThan(re.x);
      expect(Math.max(le.y, re.y)).toBeLessThan(nose.y);
      expect(nose.y).toBeLessThan(Math.min(ml.y, mr.y));
      for (const p of t.points) expect(p.x > 0 && p.x < t.width && p.y > 0 && p.y < t.height).toBe(true);
    }
  });

  it.skipIf(!facesAndModels)(
    'dlib-150 matches where the face-api identity crops (dlib chips) have their eyes',
    async () => {
      const detector = await fixtures.detector('retinaface-mnet025');
      const eyes: Point[] = [];
      for (const name of ['amy', 'howard', 'penny', 'raj', 'sheldon']) {
        const [face] = await detector.detect(await loadFace(`identities/${name}/${name}1.png`));
        const { leftEye, rightEye } = corePoints((face as Detection).landmarks);
        eyes.push(leftEye, rightEye);
      }
      const mean = (i: 0 | 1) => ({
        x: eyes.filter((_, k) => k % 2 === i).reduce((s, p) => s + p.x, 0) / 5,
        y: eyes.filter((_, k) => k % 2 === i).reduce((s, p) => s + p.y, 0) / 5,
      });
      expect(distance(mean(0), DLIB_150.points[0])).toBeLessThan(8);
      expect(distance(mean(1), DLIB_150.points[1])).toBeLessThan(8);
    },
  );
});

describe('alignFace', () => {
  it('uses four shared points for BlazeFace keypoints, the mouth centre being the corners midpoint', () => {
    const p = (x: number, y: number) => ({ x, y });
    const det = { kind: 'blazeface', points: [p(1, 1), p(3, 1), p(2, 2), p(2, 3), p(0, 1), p(4, 1)] } as const;
    const { from, to } = correspondences(det, ARCFACE_112);
    expect(from).toHaveLength(4);
    expect(to[3]?.x).toBeCloseTo((41.5493 + 70.7299) / 2, 6);
  });

  it.skipIf(!facesAndModels).each([
    { id: 'retinaface-mnet025', template: ARCFACE_112 },
    { id: 'retinaface-mnet025', template: DLIB_150 },
    { id: 'blazeface-back', template: ARCFACE_112 },
    { id: 'blazeface-back', template: FACENET_160 },
  ] as Array<{ id: string; template: FaceTemplate }>)(
    'with $id, the crop puts the re-detected eyes on $template.name',
    async ({ id, template }) => {
      const detector = await fixtures.detector(id);
      const redetector = await fixtures.detector('retinaface-mnet025');
      for (const file of ['identities/leonard/leonard2.png', 'group/bbt4.jpg', 'strangers/happy.jpg']) {
        const image = await loadFace(file);
        const [face] = await detector.detect(image);
        const aligned = alignFace(image, face as Detection, template);
        expect([aligned.width, aligned.height]).toEqual([template.width, template.height]);
        const again = await redetector.detect(aligned);
        expect(again.length, file).toBeGreaterThanOrEqual(1);
        const { leftEye, rightEye } = corePoints((again[0] as Detection).landmarks);
        // the re-detection is itself noisy on a small crop (a few pixels): allow a quarter of the eye distance
        const tolerance = 0.25 * distance(template.points[0], template.points[1]);
        expect(distance(leftEye, template.points[0]), file).toBeLessThan(tolerance);
        expect(distance(rightEye, template.points[1]), file).toBeLessThan(tolerance);
        expect(Math.abs(leftEye.y - rightEye.y), `${file}: eyes level`).toBeLessThan(tolerance / 2);
      }
    },
  );
});
