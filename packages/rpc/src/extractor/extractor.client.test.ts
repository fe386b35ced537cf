import { InvalidArgumentError } from '@freeface/domain';
import { createLogger, withLogContext } from '@freeface/observability';
import { testGrpcAuth, testServiceCredential } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_MESSAGE, type RpcError } from '../grpc-errors.js';
import { type RunningGrpcServer, startGrpcServer } from '../grpc-server.js';
import type { CallContext, CallRecord } from '../unary-call.js';
import { ExtractorClient } from './extractor.client.js';
import { EXTRACTOR_SERVICE, type ExtractorHandlers, extractorService } from './extractor.server.js';
import type { DetectedFace, ExtractOptions, ExtractResult } from './extractor.types.js';

// The typed client against stub handlers over real gRPC: every field survives the wire both ways, failures
// come back as RpcError with the right codes, deadlines hold, request ids travel.

const face: DetectedFace = {
  box: { x: 10.5, y: 20.25, width: 64, height: 70 },
  score: 0.875,
  landmarks: {
    kind: 'blazeface',
    points: [1, 2, 3, 4, 5, 6].map((i) => ({ x: i * 1.5, y: i * 2.5 })),
  },
  quality: {
    score: 0.5,
    reasons: ['blurred', 'cut_at_edge'],
    measures: {
      size: 70,
      sharpness: 12.5,
      yaw: -0.25,
      pitch: 0.125,
      rollDegrees: 3.5,
      frontal: 0.75,
      detectionScore: 0.875,
    },
  },
};
const embedding = Float32Array.from({ length: 128 }, (_, i) => Math.sin(i) / 8);
const crop = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
const result = (options: ExtractOptions): ExtractResult => ({
  image: { width: 640, height: 480 },
  detectorModelId: options.detector ?? 'default-detector',
  embedderModelId: options.embedder ?? 'default-embedder',
  dimension: 128,
  faces: [{ ...face, embedding, ...(options.returnAlignedCrop ? { alignedCrop: crop } : {}) }],
  rejectedFaces: options.dropBelowQuality ? [] : [{ ...face, score: 0.25 }],
  timings: { decodeMs: 1, detectMs: 2, qualityMs: 3, alignMs: 4, embedMs: 5 },
  matchThreshold: 0.91,
});

const seen: { options: unknown[]; contexts: CallContext[]; calls: CallRecord[] } = {
  options: [],
  contexts: [],
  calls: [],
};
const handlers: ExtractorHandlers = {
  detect: async (image, options, context) => {
    seen.options.push(options);
    seen.contexts.push(context);
    if (image.byteLength === 0) throw new InvalidArgumentError('the image is empty');
    if (image[0] === 0xff) throw new Error('database password is hunter2');
    if (image[0] === 0xee) await new Promise((resolve) => setTimeout(resolve, 1500));
    const { faces: _faces, embedderModelId: _e, dimension: _d, matchThreshold: _m, ...rest } = result(options);
    return { ...rest, faces: [face] };
  },
  extract: async (_image, options) => {
    seen.options.push(options);
    return result(options);
  },
  extractBatch: async (images, options) =>
    images.map((i) =>
      i.image.byteLength > 0
        ? { id: i.id, ok: true as const, result: result(options) }
        : {
            id: i.id,
            ok: false as const,
            failure: { status: 'INVALID_ARGUMENT', code: 'IMAGE_EMPTY', message: 'empty' },
          },
    ),
  listModels: async () => [
    {
      id: 'dlib-resnet-128',
      task: 'embed',
      architecture: 'dlib-resnet',
      description: 'dlib',
      present: true,
      dimension: 128,
      isDefault: true,
      licence: 'MIT',
      matchThreshold: 0.91,
    },
  ],
};

const logger = createLogger({ name: 'rpc-test', level: 'silent' });
let server: RunningGrpcServer;
let client: ExtractorClient;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined as unknown as RpcError,
    (e: RpcError) => e,
  );

beforeAll(async () => {
  server = await startGrpcServer(
    [extractorService(handlers, { logger, onCall: (record) => seen.calls.push(record) })],
    { host: '127.0.0.1', port: 0, maxMessageBytes: 4 * 1024 * 1024, auth: testGrpcAuth, logger },
  );
  client = new ExtractorClient({
    address: `127.0.0.1:${server.port}`,
    timeoutMs: 1000,
    maxMessageBytes: 4 << 20,
    credential: testServiceCredential,
  });
});
afterAll(async () => {
  client?.close();
  await server?.shutdown(500);
});

describe('ExtractorClient', () => {
  it('carries every field of Extract both ways; embeddings come back as the same Float32Array', async () => {
    const options = { detector: 'd1', embedder: 'e1', minQuality: 0, dropBelowQuality: false, returnAlignedCrop: true };
    const got = await client.extract(new Uint8Array([1, 2, 3]), options);
    expect(seen.options.at(-1)).toEqual(options); // minQuality 0 is sent, not taken for "unset"
    expect(got).toEqual(result(options));
    expect(got.faces[0]?.embedding).toBeInstanceOf(Float32Array);
  });

  it('leaves unset options unset, and omits crops that were not asked for', async () => {
    const got = await client.extract(new Uint8Array([1]));
    expect(seen.options.at(-1)).toEqual({ dropBelowQuality: false, returnAlignedCrop: false });
    expect(got.faces[0]).not.toHaveProperty('alignedCrop');
    expect(got.detectorModelId).toBe('default-detector');
  });

  it('carries Detect, ExtractBatch outcomes in order, and ListModels', async () => {
    const detected = await client.detect(new Uint8Array([1]), { minQuality: 0.4, dropBelowQuality: true });
    expect(seen.options.at(-1)).toEqual({ minQuality: 0.4, dropBelowQuality: true });
    expect(detected.faces).toEqual([face]);
    const batch = await client.extractBatch([
      { id: 'a', image: new Uint8Array([1]) },
      { id: 'b', image: new Uint8Array(0) },
    ]);
    expect(batch).toEqual([
      { id: 'a', ok: true, result: result({}) },
      { id: 'b', ok: false, failure: { status: 'INVALID_ARGUMENT', code: 'IMAGE_EMPTY', message: 'empty' } },
    ]);
    expect(await client.listModels()).toEqual(await handlers.listModels({} as CallContext));
  });

  it('turns a refused request into INVALID_ARGUMENT with its message, and an accident into a bare INTERNAL', async () => {
    expect(await failure(client.detect(new Uint8Array(0)))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'INVALID_ARGUMENT',
      message: 'the image is empty',
    });
    const internal = await failure(client.detect(new Uint8Array([0xff])));
    expect(internal).toMatchObject({ code: 'INTERNAL', status: 'INTERNAL', message: INTERNAL_MESSAGE });
    expect(JSON.stringify(internal)).not.toContain('hunter2');
    expect(seen.calls.filter((c) => c.method === 'Detect').map((c) => c.status)).toEqual(
      expect.arrayContaining(['OK', 'INVALID_ARGUMENT', 'INTERNAL']),
    );
  });

  it('gives up at its deadline with UNAVAILABLE', async () => {
    const error = await failure(client.detect(new Uint8Array([0xee])));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 'DEADLINE_EXCEEDED' });
    expect(error.message).toMatch(/^extractor at 127\.0\.0\.1:\d+: /);
  });

  it('sends the request id of its log context', async () => {
    await withLogContext({ requestId: 'req-42' }, () => client.detect(new Uint8Array([1])));
    expect(seen.contexts.at(-1)?.requestId).toBe('req-42');
    await client.detect(new Uint8Array([1]));
    expect(seen.contexts.at(-1)?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports the health of the server and says UNAVAILABLE when nothing listens', async () => {
    expect(await client.health()).toBe('SERVING');
    expect(await client.health('')).toBe('SERVING');
    server.setServing(false);
    expect(await client.health(EXTRACTOR_SERVICE)).toBe('NOT_SERVING');
    server.setServing(true);
    const nobody = new ExtractorClient({ address: '127.0.0.1:1', timeoutMs: 500, maxMessageBytes: 1 << 20 });
    expect(await failure(nobody.listModels())).toMatchObject({ code: 'UNAVAILABLE' });
    nobody.close();
  });
});
