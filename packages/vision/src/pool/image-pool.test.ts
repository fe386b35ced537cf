import { loadConfig } from '@freeface/config';
import { faceImage, requireTestData, TEST_MODELS_DIR } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, createFaceAnalyzer, type FaceAnalyzer } from '../face-analyzer.js';
import { testRegistry, testSessions } from '../vision.fixtures.js';
import { ImagePool, imageWorkerThreads, workerOnnxSettings } from './image-pool.js';

const facesAndModels = requireTestData('faces', 'models');

const base = loadConfig({});
const config = {
  ...base,
  models: { ...base.models, dir: TEST_MODELS_DIR, detector: 'retinaface-mnet025', embedder: 'mobilefacenet-128' },
};
const files = ['group/bbt4.jpg', 'group/bbt2.jpg', 'identities/amy/amy1.png', 'identities/sheldon/sheldon1.png'];
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * (b[i] as number), 0);

/** The same faces, boxes, qualities and (to float rounding: other thread counts) embeddings. */
function expectSameAnalysis(offThread: Analysis, inThread: Analysis) {
  expect([offThread.width, offThread.height, offThread.embedderId]).toEqual([
    inThread.width,
    inThread.height,
    inThread.embedderId,
  ]);
  expect(offThread.faces.length).toBe(inThread.faces.length);
  expect(offThread.rejected.map((f) => f.quality)).toEqual(inThread.rejected.map((f) => f.quality));
  offThread.faces.forEach((face, i) => {
    const twin = inThread.faces[i] as Analysis['faces'][number];
    expect(face.detection.box.x).toBeCloseTo(twin.detection.box.x, 3);
    expect(face.detection.box.width).toBeCloseTo(twin.detection.box.width, 3);
    expect(face.detection.score).toBeCloseTo(twin.detection.score, 4);
    expect(face.quality.reasons).toEqual(twin.quality.reasons);
    expect(face.quality.score).toBeCloseTo(twin.quality.score, 4);
    if (twin.embedding === null) expect(face.embedding).toBeNull();
    else {
      expect(face.embedding).toBeInstanceOf(Float32Array);
      expect(cosine(face.embedding as Float32Array, twin.embedding)).toBeGreaterThan(0.9999);
    }
  });
}

describe.skipIf(!facesAndModels)('ImagePool', () => {
  const sessions = testSessions();
  let pool: ImagePool;
  let inThread: FaceAnalyzer;
  let offThread: FaceAnalyzer;
  beforeAll(async () => {
    pool = await ImagePool.start(config, { size: 2, logLevel: 'silent' });
    inThread = await createFaceAnalyzer(config, { registry: testRegistry(), sessions });
    offThread = await createFaceAnalyzer(config, { registry: testRegistry(), sessions }, { pool });
  });
  afterAll(async () => {
    await pool?.close();
    await sessions.close();
  });

  it('gives the analyses of the in-thread pipeline on the shared faces', async () => {
    for (const file of files) {
      const bytes = faceImage(file);
      const [off, here] = await Promise.all([offThread.analyze(bytes), inThread.analyze(bytes)]);
      expect(off.faces.length).toBeGreaterThan(0);
      expectSameAnalysis(off, here);
      expect(bytes.byteLength).toBeGreaterThan(0); // the caller's bytes are not moved away
    }
    const detectOnly = await offThread.analyze(faceImage('group/bbt4.jpg'), { embed: false, minQuality: 0 });
    expectSameAnalysis(
      detectOnly,
      await inThread.analyze(faceImage('group/bbt4.jpg'), { embed: false, minQuality: 0 }),
    );
    expect(detectOnly.faces.every((f) => f.embedding === null)).toBe(true);
  });

  it('keeps the crops embedded and times the model apart when asked, as the extractor does', async () => {
    const bytes = faceImage('group/bbt4.jpg');
    const [off, here] = await Promise.all([
      offThread.analyzeDetailed(bytes, { keepAligned: true }),
      inThread.analyzeDetailed(bytes, { keepAligned: true }),
    ]);
    expectSameAnalysis(off.analysis, here.analysis);
    expect(off.aligned.length).toBe(off.analysis.faces.length);
    off.aligned.forEach((crop, i) => {
      const twin = here.aligned[i] as (typeof here.aligned)[number];
      expect([crop.width, crop.height]).toEqual([twin.width, twin.height]);
      expect(Buffer.from(crop.data).equals(Buffer.from(twin.data))).toBe(true);
    });
    expect(off.embedMs).toBeGreaterThan(0);
    expect((await offThread.analyzeDetailed(bytes)).aligned).toEqual([]);
  });

  it('refuses bad bytes with the same ImageError code as the in-thread pipeline', async () => {
    const garbage = new TextEncoder().encode('not an image at all, just words');
    const here = await inThread.analyze(garbage).catch((error: unknown) => error);
    const off = await offThread.analyze(garbage).catch((error: unknown) => error);
    expect(off).toBeInstanceOf((here as Error).constructor);
    expect(off).toMatchObject({ code: (here as { code: string }).code, message: (here as Error).message });
  });

  it("embeds with another embedder when asked (a re-embedding's), loading it in the workers", async () => {
    const embedder = inThread.embedder; // the same id: the worker's cached analyzer
    const other = offThread.withEmbedder(embedder);
    const analysis = await other.analyze(faceImage('identities/amy/amy1.png'));
    expect(analysis.embedderId).toBe('mobilefacenet-128');
    const unknown = await pool
      .analyze(faceImage('identities/amy/amy1.png'), {
        detectorId: inThread.detector.id,
        embedderId: 'no-such-embedder',
      })
      .catch((error: unknown) => error);
    expect(unknown).toMatchObject({ code: 'MODEL_UNKNOWN' });
  });
});

describe('image worker sizing', () => {
  it('takes the thread count from the settings, -1 meaning one per core', () => {
    expect(imageWorkerThreads({ workerThreads: 3 })).toBe(3);
    expect(imageWorkerThreads({ workerThreads: 0 })).toBe(0);
    expect(imageWorkerThreads({ workerThreads: -1 })).toBeGreaterThanOrEqual(1);
  });

  it('shares the cores among the workers unless the settings fix the intra-op threads', () => {
    const models = base.models;
    const shared = workerOnnxSettings({ ...models, intraOpThreads: 0, interOpThreads: 0 }, 64);
    expect([shared.intraOpThreads, shared.interOpThreads]).toEqual([1, 1]);
    expect(workerOnnxSettings({ ...models, intraOpThreads: 3 }, 64).intraOpThreads).toBe(3);
  });
});
