import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { faceImage, faceLabels, requireTestData } from '@freeface/testing';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../image/decode-image.js';
import type { RgbImage } from '../types.js';
import {
  convertDlibResnet,
  DLIB_RESNET_DIMENSION,
  DLIB_RESNET_INPUT_NAME,
  DLIB_RESNET_MEAN_RGB,
  DLIB_RESNET_OUTPUT_NAME,
  DLIB_RESNET_SCALE_DIVISOR,
} from './dlib-resnet.converter.js';
import { readTfjsWeights } from './tfjs-weights.reader.js';

const testImages = requireTestData('faces');

// face-api's own forward pass (TF.js, pure-JS CPU backend) is the reference the converted graph must reproduce.
interface FaceApi {
  tf: {
    setBackend(name: string): Promise<boolean>;
    enableProdMode(): void;
    tensor3d(values: Uint8Array, shape: [number, number, number], dtype: 'int32'): { dispose(): void };
  };
  nets: {
    faceRecognitionNet: {
      loadFromDisk(dir: string): Promise<void>;
      computeFaceDescriptor(input: unknown): Promise<Float32Array>;
    };
  };
}
const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@vladmandic/face-api/model/face_recognition_model-weights_manifest.json');
const faceApi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;

async function referenceDescriptor(face: RgbImage): Promise<Float32Array> {
  const input = faceApi.tf.tensor3d(face.data, [face.height, face.width, 3], 'int32');
  const descriptor = await faceApi.nets.faceRecognitionNet.computeFaceDescriptor(input);
  input.dispose();
  return descriptor;
}

/** NCHW input normalised as face-api does it. */
function toInput(faces: RgbImage[]): ort.Tensor {
  const plane = 150 * 150;
  const data = new Float32Array(faces.length * 3 * plane);
  faces.forEach((face, n) => {
    for (let p = 0; p < plane; p++)
      for (let c = 0; c < 3; c++)
        data[(n * 3 + c) * plane + p] =
          ((face.data[p * 3 + c] ?? 0) - (DLIB_RESNET_MEAN_RGB[c] ?? 0)) / DLIB_RESNET_SCALE_DIVISOR;
  });
  return new ort.Tensor('float32', data, [faces.length, 3, 150, 150]);
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((v, i) => {
    const w = b[i] ?? 0;
    dot += v * w;
    na += v * v;
    nb += w * w;
  });
  return dot / Math.sqrt(na * nb);
};

describe('dlib ResNet converter', () => {
  let session: ort.InferenceSession;
  let faces: RgbImage[];

  beforeAll(async () => {
    if (!testImages) return; // what the first test compares; the second needs none of it
    faceApi.tf.enableProdMode(); // no "install the node backend" banner
    await faceApi.tf.setBackend('cpu');
    await faceApi.nets.faceRecognitionNet.loadFromDisk(dirname(manifestPath));
    session = await ort.InferenceSession.create(convertDlibResnet(readTfjsWeights(manifestPath)));
    const labels = faceLabels();
    // three different people, so a graph that ignored its input could not pass
    const paths = ['amy', 'sheldon', 'raj'].map((name) => labels.identities[name]?.[1] ?? '');
    faces = await Promise.all(
      paths.map((path) => decodeImage(faceImage(path), { maxBytes: 1e7, maxPixels: 1e7, minSide: 16 })),
    );
  });
  afterAll(() => session?.release());

  it.skipIf(!testImages)('gives the descriptors face-api computes, in one batched run', async () => {
    const result = await session.run({ [DLIB_RESNET_INPUT_NAME]: toInput(faces) });
    const output = result[DLIB_RESNET_OUTPUT_NAME];
    expect(output?.dims).toEqual([faces.length, DLIB_RESNET_DIMENSION]);
    const data = output?.data as Float32Array;
    const rows = faces.map((_, n) => data.slice(n * DLIB_RESNET_DIMENSION, (n + 1) * DLIB_RESNET_DIMENSION));
    for (const [n, face] of faces.entries()) {
      const ours = rows[n] ?? new Float32Array();
      const reference = await referenceDescriptor(face);
      const maxAbsDiff = Math.max(...ours.map((v, i) => Math.abs(v - (reference[i] ?? 0))));
      expect(maxAbsDiff).toBeLessThan(1e-4);
      expect(cosine(ours, reference)).toBeGreaterThan(0.99999);
    }
    // three different people: their descriptors are far from identical
    expect(cosine(rows[0] ?? data, rows[1] ?? data)).toBeLessThan(0.95);
    expect(cosine(rows[1] ?? data, rows[2] ?? data)).toBeLessThan(0.95);
  });

  it('refuses weights that do not fit the architecture', () => {
    const weights = new Map(readTfjsWeights(manifestPath));
    weights.delete('conv64_1/conv2/scale/biases');
    expect(() => convertDlibResnet(weights)).toThrow(/no tensor conv64_1\/conv2\/scale\/biases/);
    const fc = weights.get('fc');
    if (fc) weights.set('fc', { shape: [128, 256], values: fc.values });
    weights.set('conv64_1/conv2/scale/biases', { shape: [64], values: new Float32Array(64) });
    expect(() => convertDlibResnet(weights)).toThrow(/fc has shape \[128,256\]/);
  });
});
