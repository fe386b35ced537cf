import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { readTfjsWeights } from './tfjs-weights.reader.js';

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('@vladmandic/face-api/model/face_recognition_model-weights_manifest.json');
const dir = mkdtempSync(join(tmpdir(), 'tfjs-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTfjsWeights', () => {
  it('dequantises face-api weights exactly as TF.js itself does', async () => {
    tf.enableProdMode();
    await tf.setBackend('cpu');
    const groups = JSON.parse(readFileSync(manifestPath, 'utf8')) as tf.io.WeightsManifestConfig;
    const specs = groups.flatMap((group) => group.weights);
    const bin = readFileSync(manifestPath.replace('-weights_manifest.json', '.bin'));
    const reference = tf.io.decodeWeights(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength), specs);

    const ours = readTfjsWeights(manifestPath);
    expect([...ours.keys()]).toEqual(specs.map((spec) => spec.name));
    expect(specs.some((spec) => spec.quantization) && specs.some((spec) => !spec.quantization)).toBe(true);
    let differing = 0;
    for (const [name, tensor] of ours) {
      const expected = reference[name];
      expect(tensor.shape).toEqual(expected?.shape);
      const values = expected?.dataSync() ?? [];
      expect(tensor.values.length).toBe(values.length);
      tensor.values.forEach((v, i) => {
        if (v !== values[i]) differing++;
      });
    }
    expect(differing).toBe(0);
    tf.dispose(Object.values(reference));
  });

  it('reads uint16 quantisation and several shards, and refuses what it cannot decode', () => {
    const q = new Uint16Array([0, 1000, 65535]);
    writeFileSync(join(dir, 'a.bin'), Buffer.from(q.buffer).subarray(0, 4));
    writeFileSync(
      join(dir, 'b.bin'),
      Buffer.concat([Buffer.from(q.buffer).subarray(4), Buffer.from(new Float32Array([1.5]).buffer)]),
    );
    const manifest = [
      {
        paths: ['a.bin', 'b.bin'],
        weights: [
          { name: 'q', shape: [3], dtype: 'float32', quantization: { dtype: 'uint16', scale: 0.5, min: -2 } },
          { name: 'f', shape: [1], dtype: 'float32' },
        ],
      },
    ];
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(manifest));
    const tensors = readTfjsWeights(join(dir, 'ok.json'));
    expect([...(tensors.get('q')?.values ?? [])]).toEqual([0, 1000, 65535].map((v) => v * 0.5 - 2));
    expect([...(tensors.get('f')?.values ?? [])]).toEqual([1.5]);

    const float16 = [
      { ...manifest[0], weights: [{ name: 'h', shape: [1], dtype: 'float32', quantization: { dtype: 'float16' } }] },
    ];
    writeFileSync(join(dir, 'f16.json'), JSON.stringify(float16));
    expect(() => readTfjsWeights(join(dir, 'f16.json'))).toThrow(/float16 is not supported/);

    const tooShort = [{ paths: ['a.bin'], weights: [{ name: 'big', shape: [10], dtype: 'float32' }] }];
    writeFileSync(join(dir, 'short.json'), JSON.stringify(tooShort));
    expect(() => readTfjsWeights(join(dir, 'short.json'))).toThrow(/runs past the end/);
  });
});
