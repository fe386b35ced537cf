import { loadConfig } from '@freeface/config';
import { requireTestData } from '@freeface/testing';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Detection, RgbImage } from '../types.js';
import { loadFace, testDetectors } from '../vision.fixtures.js';
import { assessQuality } from './assess-quality.js';

const facesAndModels = requireTestData('faces', 'models');

const settings = loadConfig({}).quality;
const fixtures = testDetectors();
afterAll(() => fixtures.close());

const detect = async (image: RgbImage) => (await fixtures.detector('retinaface-mnet025')).detect(image);
const edit = async (image: RgbImage, f: (s: Sharp) => Sharp): Promise<RgbImage> => {
  const { data, info } = await f(sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } }))
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};
const centreX = (d: Detection) => d.box.x + d.box.width / 2;

describe.skipIf(!facesAndModels)('assessQuality', () => {
  it('finds nothing against the clear, frontal faces of a group photo', async () => {
    const image = await loadFace('group/bbt4.jpg');
    for (const face of await detect(image)) {
      const quality = assessQuality(image, face, settings);
      expect(quality.reasons).toEqual([]);
      expect(quality.score).toBe(1);
      expect(quality.measures.sharpness).toBeGreaterThan(settings.minSharpness);
    }
  });

  it('says blurred for the same faces blurred, and scores them lower', async () => {
    const image = await loadFace('group/bbt4.jpg');
    const blurred = await edit(image, (s) => s.blur(2.5));
    const faces = await detect(image);
    for (const face of faces) {
      const sharp = assessQuality(image, face, settings);
      const soft = assessQuality(blurred, face, settings);
      expect(soft.reasons).toContain('blurred');
      expect(soft.score).toBeLessThan(sharp.score);
      expect(soft.measures.sharpness).toBeLessThan(sharp.measures.sharpness / 3);
    }
  });

  it('flags the out-of-focus background face of bbt2 as blurred, and the turned heads as strong pose', async () => {
    const image = await loadFace('group/bbt2.jpg');
    const faces = (await detect(image)).sort((a, b) => centreX(a) - centreX(b));
    expect(faces).toHaveLength(3);
    const [background, leonard, sheldon] = faces.map((f) => assessQuality(image, f, settings));
    expect(background?.reasons).toEqual(expect.arrayContaining(['blurred', 'cut_at_edge']));
    expect(leonard?.reasons).toContain('strong_pose');
    expect(sheldon?.reasons).toContain('strong_pose');
    expect(sheldon?.measures.yaw).toBeLessThan(0); // turned the other way
    expect(leonard?.measures.yaw).toBeGreaterThan(0);
  });

  it('says too small for the faces of a downscaled photo', async () => {
    const image = await edit(await loadFace('group/bbt4.jpg'), (s) => s.resize(200));
    const faces = await detect(image);
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      const quality = assessQuality(image, face, settings);
      expect(quality.reasons).toContain('too_small');
      expect(quality.measures.size).toBeLessThan(settings.minFaceSize);
      expect(quality.score).toBeLessThan(1);
    }
  });

  it('says cut at edge for a face the frame cuts through', async () => {
    const original = await loadFace('strangers/neutral.jpg');
    const [whole] = await detect(original);
    const cutAt = Math.round(centreX(whole as Detection) + (whole as Detection).box.width * 0.15);
    const image = await edit(original, (s) => s.extract({ left: 0, top: 0, width: cutAt, height: original.height }));
    const [face] = await detect(image);
    expect(assessQuality(original, whole as Detection, settings).reasons).not.toContain('cut_at_edge');
    expect(assessQuality(image, face as Detection, settings).reasons).toContain('cut_at_edge');
  });

  it('says strong pose for a face rolled by 45 degrees', async () => {
    const image = await edit(await loadFace('strangers/neutral.jpg'), (s) => s.rotate(45, { background: '#000' }));
    const [face] = await detect(image);
    const quality = assessQuality(image, face as Detection, settings);
    expect(Math.abs(quality.measures.rollDegrees)).toBeGreaterThan(35);
    expect(quality.reasons).toContain('strong_pose');
  });

  it('says low score under the minimum detection score', async () => {
    const image = await loadFace('strangers/neutral.jpg');
    const [face] = await detect(image);
    const doubtful = { ...(face as Detection), score: settings.minDetectionScore / 2 };
    const quality = assessQuality(image, doubtful, settings);
    expect(quality.reasons).toEqual(['low_score']);
    expect(quality.score).toBeCloseTo(0.5, 6);
  });
});
