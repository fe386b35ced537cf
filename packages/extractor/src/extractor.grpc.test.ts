import type { Config } from '@freeface/config';
import { Metrics } from '@freeface/observability';
import { EXTRACTOR_SERVICE, ExtractorClient, type RpcError, type RunningGrpcServer } from '@freeface/rpc';
import { listServicesByReflection } from '@freeface/rpc/testing';
import {
  type FaceLabels,
  faceImage,
  faceLabels,
  requireTestData,
  testGrpcAuth,
  testServiceCredential,
} from '@freeface/testing';
import { openVision, type Vision } from '@freeface/vision';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtractorServer } from './start-extractor-server.js';
import { silentLogger, testConfig, testModelsDir } from './testing/fixtures.js';

// The extractor over real gRPC on an ephemeral port, with the default models (blazeface-back, dlib-resnet-128)
// and the test models for requests that name others. Pixel limit lowered to 2 MP (the largest test photo has 1.05 MP) so a test image can exceed it.
const MAX_PIXELS = 2_000_000;
// The default models are the project's own; RetinaFace and MobileFaceNet, and the images, are shared test data.
const faces = requireTestData('faces');
const testModels = requireTestData('models');
// labels.json is read only when it is here: the tests that use it skip otherwise
const labels: FaceLabels = faces ? faceLabels() : { identities: {}, group: {}, strangers: [] };
const identityFiles = Object.values(labels.identities).flat();
const strangers = labels.strangers as string[];
const groups = Object.entries(labels.group).map(([file, l]) => ({
  file,
  min: l.faces ?? l.faces_min ?? 0,
  max: l.faces ?? l.faces_max ?? 0,
}));

let models: Awaited<ReturnType<typeof testModelsDir>>;
let config: Config;
let vision: Vision;
let server: RunningGrpcServer;
let client: ExtractorClient;
const metrics = new Metrics('extractor');

beforeAll(async () => {
  models = await testModelsDir();
  config = testConfig(models.dir, { FREEFACE_MAX_IMAGE_PIXELS: String(MAX_PIXELS) });
  const logger = silentLogger();
  vision = await openVision(config, logger);
  server = await startExtractorServer({ config, vision, auth: testGrpcAuth, logger, metrics });
  client = new ExtractorClient({
    ...config.extractor,
    address: `127.0.0.1:${server.port}`,
    credential: testServiceCredential,
  });
});

afterAll(async () => {
  client?.close();
  await server?.shutdown(1000);
  await vision?.close();
  models?.remove();
});

const norm = (v: Float32Array) => Math.hypot(...v);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined as unknown as RpcError,
    (e: RpcError) => e,
  );
const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .png()
    .toBuffer();

describe.skipIf(!faces)('Detect', () => {
  it('finds exactly one face in each identity crop and each stranger', async () => {
    for (const file of [...identityFiles, ...strangers]) {
      const result = await client.detect(faceImage(file));
      expect(result.faces.length + result.rejectedFaces.length, file).toBe(1);
      expect(result.detectorModelId).toBe('blazeface-back');
    }
  });

  it.skipIf(!testModels).each(['blazeface-back', 'retinaface-mnet025'])(
    'counts the faces of each group photo with %s',
    async (detector) => {
      for (const { file, min, max } of groups) {
        const result = await client.detect(faceImage(file), { detector });
        expect(result.detectorModelId).toBe(detector);
        expect(result.faces.length, file).toBeGreaterThanOrEqual(min);
        expect(result.faces.length, file).toBeLessThanOrEqual(max);
        const face = result.faces[0];
        expect(face?.landmarks.points).toHaveLength(detector === 'retinaface-mnet025' ? 5 : 6);
        expect(face?.quality.score).toBeGreaterThan(0);
      }
    },
  );

  it('reports faces under min_quality with their reasons, or drops them when asked', async () => {
    const image = faceImage('group/bbt2.jpg');
    const all = await client.detect(image);
    const picky = await client.detect(image, { minQuality: 0.95 });
    expect(picky.faces.length + picky.rejectedFaces.length).toBe(all.faces.length);
    expect(picky.rejectedFaces.length).toBeGreaterThan(0);
    for (const face of picky.rejectedFaces) {
      expect(face.quality.score).toBeLessThan(0.95);
      expect(face.quality.reasons.length).toBeGreaterThan(0);
    }
    const dropped = await client.detect(image, { minQuality: 0.95, dropBelowQuality: true });
    expect(dropped.rejectedFaces).toEqual([]);
    expect(dropped.faces.length).toBe(picky.faces.length);
  });
});

describe.skipIf(!faces)('Extract', () => {
  it('returns L2-normalised 128-d dlib embeddings, identical to the in-process analyzer', async () => {
    const image = faceImage('group/bbt4.jpg');
    const result = await client.extract(image);
    const local = await vision.analyzer.analyze(image);
    expect(result.embedderModelId).toBe('dlib-resnet-128');
    expect(result.dimension).toBe(128);
    expect(result.matchThreshold).toBe(vision.analyzer.matchThreshold);
    expect(result.faces).toHaveLength(6);
    result.faces.forEach((face, i) => {
      expect(face.embedding).toBeInstanceOf(Float32Array);
      expect(face.embedding).toHaveLength(128);
      expect(norm(face.embedding)).toBeCloseTo(1, 4);
      expect(face.embedding).toEqual(local.faces[i]?.embedding);
      expect(face.alignedCrop).toBeUndefined();
    });
    expect(result.timings.embedMs).toBeGreaterThan(0);
    expect(result.timings.alignMs).toBeGreaterThan(0);
  });

  it.skipIf(!testModels).each([
    ['dlib-resnet-128', 150],
    ['mobilefacenet-128', 112],
  ])('returns the aligned crop %s was given, as a PNG of its template size', async (embedder, side) => {
    const result = await client.extract(faceImage('identities/penny/penny1.png'), {
      embedder,
      detector: 'retinaface-mnet025',
      returnAlignedCrop: true,
    });
    expect(result.embedderModelId).toBe(embedder);
    expect(result.faces).toHaveLength(1);
    const crop = result.faces[0]?.alignedCrop as Uint8Array;
    expect(await sharp(crop).metadata()).toMatchObject({ format: 'png', width: side, height: side });
    expect(norm(result.faces[0]?.embedding as Float32Array)).toBeCloseTo(1, 4);
  });

  it('does not embed faces under min_quality', async () => {
    const result = await client.extract(faceImage('group/bbt2.jpg'), { minQuality: 0.95 });
    expect(result.rejectedFaces.length).toBeGreaterThan(0);
    for (const face of result.faces) expect(face.quality.score).toBeGreaterThanOrEqual(0.95);
  });
});

describe('bad requests', () => {
  const textFile = Buffer.from('name,face\namy,1\n', 'utf8');
  // cut from a shared test image, so read only when that case runs
  const corrupt = () => Buffer.concat([faceImage('group/bbt1.jpg').subarray(0, 600), Buffer.alloc(600, 0x5a)]);
  const cases: Array<[string, () => Promise<Uint8Array>, RegExp]> = [
    ['corrupt bytes', async () => corrupt(), /^IMAGE_/],
    ['a text file', async () => textFile, /^IMAGE_/],
    ['an empty body', async () => new Uint8Array(0), /^IMAGE_EMPTY$/],
    ['a 1x1 image', () => solid(1, 1), /^IMAGE_TOO_SMALL$/],
    ['an image over the pixel limit', () => solid(1500, Math.ceil(MAX_PIXELS / 1500) + 1), /^IMAGE_TOO_MANY_PIXELS$/],
  ];

  const invalidArgument = async (_name: string, bytes: () => Promise<Uint8Array>, reason: RegExp) => {
    const image = await bytes();
    for (const error of await Promise.all([failure(client.detect(image)), failure(client.extract(image))])) {
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', status: 'INVALID_ARGUMENT' });
      expect(error.reason).toMatch(reason);
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.message).not.toMatch(/\n\s+at /);
    }
  };
  // the first case (corrupt bytes) needs the shared images, the others none
  it.skipIf(!faces).each(cases.slice(0, 1))(
    '%s is INVALID_ARGUMENT with a message, for Detect and Extract',
    invalidArgument,
  );
  it.each(cases.slice(1))('%s is INVALID_ARGUMENT with a message, for Detect and Extract', invalidArgument);

  it.skipIf(!faces)(
    'refuses unknown models, a detector named as embedder, and min_quality outside [0, 1]',
    async () => {
      const image = faceImage('identities/amy/amy1.png');
      const unknown = await failure(client.extract(image, { embedder: 'no-such-model' }));
      expect(unknown).toMatchObject({ status: 'INVALID_ARGUMENT', reason: 'MODEL_UNKNOWN' });
      expect(unknown.message).toMatch(/no-such-model/);
      const wrongTask = await failure(client.extract(image, { embedder: 'retinaface-mnet025' }));
      expect(wrongTask).toMatchObject({ status: 'INVALID_ARGUMENT' });
      expect(wrongTask.message).toMatch(/is a detector/);
      expect(await failure(client.detect(image, { minQuality: 1.5 }))).toMatchObject({ status: 'INVALID_ARGUMENT' });
    },
  );

  it.skipIf(!faces)('says which model is missing when a request names one without weights', async () => {
    const error = await failure(client.extract(faceImage('identities/amy/amy1.png'), { embedder: 'arcface-r50-512' }));
    expect(error).toMatchObject({ status: 'FAILED_PRECONDITION', reason: 'MODEL_MISSING' });
    expect(error.message).toMatch(/arcface-r50-512/);
  });
});

describe('a full extractor', () => {
  it('answers UNAVAILABLE (OVERLOADED) while its images in hand and waiting fill the limit, then serves again', async () => {
    const { limiter } = vision.analyzer;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { maxConcurrent, maxQueued } = limiter.limits;
    const holders = Array.from({ length: maxConcurrent + maxQueued }, () => limiter.run(() => released));
    const image = await solid(200, 200);
    try {
      const error = await failure(client.detect(image));
      expect(error).toMatchObject({ status: 'UNAVAILABLE', reason: 'OVERLOADED' });
      expect(error.message).toMatch(/try again in \d+ s/);
    } finally {
      release();
      await Promise.all(holders);
    }
    expect((await client.detect(image)).faces).toEqual([]);
  });
});

describe.skipIf(!faces)('ExtractBatch', () => {
  it('extracts every good image and reports the bad one on its own, in request order', async () => {
    const outcomes = await client.extractBatch([
      { id: 'bbt1', image: faceImage('group/bbt1.jpg') },
      { id: 'broken', image: Buffer.from('not an image at all') },
      { id: 'amy', image: faceImage('identities/amy/amy1.png') },
      { id: 'bbt3', image: faceImage('group/bbt3.jpg') },
    ]);
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([
      ['bbt1', true],
      ['broken', false],
      ['amy', true],
      ['bbt3', true],
    ]);
    const [bbt1, broken, amy, bbt3] = outcomes;
    expect(bbt1?.ok && bbt1.result.faces.length).toBe(4);
    expect(amy?.ok && amy.result.faces.length).toBe(1);
    expect(bbt3?.ok && bbt3.result.faces.length).toBe(5);
    if (broken?.ok !== false) throw new Error('expected the broken image to fail');
    expect(broken.failure.status).toBe('INVALID_ARGUMENT');
    expect(broken.failure.code).toMatch(/^IMAGE_/);
    expect(broken.failure.message.length).toBeGreaterThan(10);
    if (amy?.ok) expect(norm(amy.result.faces[0]?.embedding as Float32Array)).toBeCloseTo(1, 4);
  });

  it('fails the whole call for options no image could use, and for too many images', async () => {
    const image = faceImage('identities/amy/amy1.png');
    const unknown = await failure(client.extractBatch([{ id: 'a', image }], { detector: 'nope' }));
    expect(unknown).toMatchObject({ status: 'INVALID_ARGUMENT', reason: 'MODEL_UNKNOWN' });
    const max = config.extractor.maxBatchImages;
    const tooMany = Array.from({ length: max + 1 }, (_, i) => ({ id: String(i), image: new Uint8Array(1) }));
    const error = await failure(client.extractBatch(tooMany));
    expect(error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    expect(error.message).toContain(`at most ${max} images`);
  });
});

describe('service plumbing', () => {
  it('answers the standard health service: SERVING for the server and the extractor', async () => {
    expect(await client.health('')).toBe('SERVING');
    expect(await client.health(EXTRACTOR_SERVICE)).toBe('SERVING');
    expect(await failure(client.health('no.such.Service'))).toMatchObject({ status: 'NOT_FOUND' });
  });

  it('lists its services through server reflection', async () => {
    const services = await listServicesByReflection(`127.0.0.1:${server.port}`);
    expect(services).toEqual(
      expect.arrayContaining([
        EXTRACTOR_SERVICE,
        'grpc.health.v1.Health',
        'grpc.reflection.v1.ServerReflection',
        'grpc.reflection.v1alpha.ServerReflection',
      ]),
    );
  });

  it.skipIf(!testModels)('lists every manifest model with task, presence, dimension and the defaults', async () => {
    const listed = await client.listModels();
    expect(listed.map((m) => m.id)).toEqual(vision.registry.list().map((m) => m.id));
    const byId = new Map(listed.map((m) => [m.id, m]));
    expect(byId.get('dlib-resnet-128')).toMatchObject({
      task: 'embed',
      present: true,
      dimension: 128,
      isDefault: true,
    });
    expect(byId.get('blazeface-back')).toMatchObject({ task: 'detect', present: true, dimension: 0, isDefault: true });
    expect(byId.get('retinaface-mnet025')).toMatchObject({ present: true, isDefault: false });
    expect(byId.get('arcface-r50-512')).toMatchObject({ task: 'embed', present: false, dimension: 512 });
    expect(listed.filter((m) => m.isDefault)).toHaveLength(2);
  });

  // counts what the tests before it asked for, most of them of the shared images
  it.skipIf(!faces)('counts stage times, faces and errors by code in its metrics', async () => {
    const text = await metrics.text();
    const value = (pattern: RegExp) => Number(text.match(pattern)?.[1] ?? 0);
    for (const stage of ['decode', 'detect', 'quality', 'align', 'embed'])
      expect(
        value(new RegExp(`extractor_stage_seconds_count\\{[^}]*stage="${stage}"[^}]*\\} (\\d+)`)),
        stage,
      ).toBeGreaterThan(0);
    expect(value(/extractor_faces_total\{[^}]*outcome="kept"[^}]*\} (\d+)/)).toBeGreaterThan(40);
    expect(value(/extractor_errors_total\{[^}]*code="IMAGE_EMPTY"[^}]*\} (\d+)/)).toBeGreaterThan(0);
  });
});
