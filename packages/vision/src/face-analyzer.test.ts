import { loadConfig } from '@freeface/config';
import { faceImage, requireTestData, TEST_MODELS_DIR } from '@freeface/testing';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCFACE_112 } from './align/face-templates.js';
import type { Embedder } from './embed/embedder.js';
import { type Analysis, createFaceAnalyzer, FaceAnalyzer } from './face-analyzer.js';
import { testRegistry, testSessions } from './vision.fixtures.js';
import { ImageError } from './vision-errors.js';

// mobilefacenet-128 and RetinaFace are shared test models; BlazeFace comes from npm
const testModels = requireTestData('models');
const facesAndModels = requireTestData('faces', 'models');

const base = loadConfig({});
const config = (detector: string) => ({
  ...base,
  models: { ...base.models, dir: TEST_MODELS_DIR, detector, embedder: 'mobilefacenet-128' },
});
const sessions = testSessions();
const registry = testRegistry();
afterAll(() => sessions.close());

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * (b[i] as number), 0);
const firstEmbedding = (analysis: Analysis) => analysis.faces[0]?.embedding as Float32Array;

describe.skipIf(!facesAndModels).each(['retinaface-mnet025', 'blazeface-back'])(
  'FaceAnalyzer with %s and mobilefacenet-128',
  (detector) => {
    it('turns a group photo into one unit-length 128-d embedding per face', async () => {
      const analyzer = await createFaceAnalyzer(config(detector), { registry, sessions });
      const analysis = await analyzer.analyze(faceImage('group/bbt4.jpg'));
      expect([analysis.width, analysis.height]).toEqual([710, 473]);
      expect(analysis.faces).toHaveLength(6);
      expect(analysis.rejected).toEqual([]);
      expect(analysis.embedderId).toBe('mobilefacenet-128');
      for (const face of analysis.faces) {
        expect(face.embedding).toHaveLength(128);
        expect(Math.hypot(...(face.embedding as Float32Array))).toBeCloseTo(1, 4);
      }
      for (const t of Object.values(analysis.timingsMs)) expect(t).toBeGreaterThanOrEqual(0);
    });

    it('embeds the same person closer than two different people', async () => {
      const analyzer = await createFaceAnalyzer(config(detector), { registry, sessions });
      const embed = async (file: string) => firstEmbedding(await analyzer.analyze(faceImage(file)));
      const [amy1, amy2, sheldon1] = await Promise.all(
        ['identities/amy/amy1.png', 'identities/amy/amy2.png', 'identities/sheldon/sheldon1.png'].map(embed),
      );
      expect(cosine(amy1 as Float32Array, amy2 as Float32Array)).toBeGreaterThan(
        cosine(amy1 as Float32Array, sheldon1 as Float32Array),
      );
    });
  },
);

describe('FaceAnalyzer', () => {
  it.skipIf(!facesAndModels)('drops faces under the quality threshold when asked, and says why', async () => {
    const analyzer = await createFaceAnalyzer(config('retinaface-mnet025'), { registry, sessions });
    const all = await analyzer.analyze(faceImage('group/bbt2.jpg'));
    expect(all.faces).toHaveLength(3);
    const picky = await analyzer.analyze(faceImage('group/bbt2.jpg'), { minQuality: 0.9 });
    expect(picky.faces.length + picky.rejected.length).toBe(3);
    expect(picky.rejected.length).toBeGreaterThan(0);
    for (const r of picky.rejected) {
      expect(r.quality.score).toBeLessThan(0.9);
      expect(r.quality.reasons.length).toBeGreaterThan(0);
    }
  });

  it.skipIf(!facesAndModels)('detects and assesses without embedding when asked, calling no embedder', async () => {
    const calls: number[] = [];
    const embedder: Embedder = {
      id: 'counting',
      dimension: 2,
      matchThreshold: 0.5,
      template: {
        name: 't',
        width: 8,
        height: 8,
        points: ARCFACE_112.points,
      },
      embed: async (faces) => {
        calls.push(faces.length);
        return faces.map(() => new Float32Array([1, 0]));
      },
    };
    const real = await createFaceAnalyzer(config('retinaface-mnet025'), { registry, sessions });
    const analyzer = new FaceAnalyzer(real.detector, embedder, config('retinaface-mnet025'));
    const noEmbedding = await analyzer.analyze(faceImage('group/bbt1.jpg'), { embed: false });
    expect(noEmbedding.faces.map((f) => f.embedding)).toEqual([null, null, null, null]);
    expect(calls).toEqual([]);
    await analyzer.analyze(faceImage('group/bbt1.jpg'));
    expect(calls).toEqual([4]); // one call for all faces of the image
  });

  it.skipIf(!facesAndModels)(
    'gives the boxes of an image decoded downscaled in the pixels of the image sent',
    async () => {
      const settings = config('retinaface-mnet025');
      const analyzer = await createFaceAnalyzer(settings, { registry, sessions });
      const original = faceImage('group/bbt1.jpg');
      const { width = 0, height = 0 } = await sharp(original).metadata();
      const tripled = await sharp(original)
        .resize(width * 3, height * 3)
        .jpeg({ quality: 95 })
        .toBuffer();
      const shrinking = new FaceAnalyzer(analyzer.detector, analyzer.embedder, {
        ...settings,
        images: { ...settings.images, decodeMaxSide: Math.max(width, height) },
      });
      const [atSize, large] = await Promise.all([analyzer.analyze(original), shrinking.analyze(tripled)]);
      expect([large.width, large.height]).toEqual([width * 3, height * 3]);
      expect(large.faces).toHaveLength(atSize.faces.length);
      large.faces.forEach((face, i) => {
        const same = atSize.faces[i] as (typeof atSize.faces)[number];
        expect(Math.abs(face.detection.box.x - 3 * same.detection.box.x)).toBeLessThan(
          0.05 * 3 * same.detection.box.width,
        );
        expect(Math.abs(face.detection.box.width - 3 * same.detection.box.width)).toBeLessThan(
          0.1 * 3 * same.detection.box.width,
        );
        expect(face.quality.measures.size).toBeCloseTo(
          Math.max(face.detection.box.width, face.detection.box.height),
          3,
        );
        expect(cosine(face.embedding as Float32Array, same.embedding as Float32Array)).toBeGreaterThan(0.9);
      });
    },
  );

  it.skipIf(!testModels)('refuses bytes that are not an image, with a stable code', async () => {
    const analyzer = await createFaceAnalyzer(config('blazeface-back'), { registry, sessions });
    const error = await analyzer.analyze(new Uint8Array([1, 2, 3, 4])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageError);
    expect((error as ImageError).code).toBe('IMAGE_UNREADABLE');
  });
});
