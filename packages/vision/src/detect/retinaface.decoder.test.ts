import { requireTestData } from '@freeface/testing';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { testRegistry, testSessions } from '../vision.fixtures.js';
import { decodeRetinaFace, retinaFacePriors } from './retinaface.decoder.js';

const testModels = requireTestData('models');

const sessions = testSessions();
afterAll(() => sessions.close());

describe('retinaFacePriors', () => {
  it.skipIf(!testModels)('has as many priors as the model has output rows, for odd sizes too', async () => {
    const session = await sessions.get('retinaface-mnet025', await testRegistry().weightsPath('retinaface-mnet025'));
    for (const [w, h] of [
      [640, 480],
      [225, 225],
      [101, 67],
    ] as const) {
      const input = new ort.Tensor('float32', new Float32Array(3 * w * h), [1, 3, h, w]);
      const out = await session.run({ input });
      expect(retinaFacePriors(w, h).length / 4).toBe(out.loc?.dims[1]);
    }
    // 640x480: (80x60 + 40x30 + 20x15) cells x 2 sizes
    expect(retinaFacePriors(640, 480).length / 4).toBe(12_600);
  });

  it('orders priors by stride, row, column, size', () => {
    const p = retinaFacePriors(64, 32);
    expect(Array.from(p.subarray(0, 8))).toEqual([4, 4, 16, 16, 4, 4, 32, 32]); // cell (0, 0), both sizes
    expect(Array.from(p.subarray(8, 12))).toEqual([12, 4, 16, 16]); // then cell (0, 1)
  });
});

describe('decodeRetinaFace', () => {
  it('turns zero offsets into the prior box, applies the variances, and drops low scores', () => {
    const priors = Float32Array.from([100, 50, 20, 20, 10, 10, 16, 16]);
    const loc = Float32Array.from([0, 0, 0, 0, 1, -1, 5, 0]);
    const conf = Float32Array.from([0.1, 0.9, 0.8, 0.2]);
    const landms = new Float32Array(20);
    landms[0] = 1; // first landmark of the first prior: x + 0.1 * 20
    const [face, ...rest] = decodeRetinaFace({ loc, conf, landms }, priors, 0.5);
    expect(rest).toEqual([]);
    expect(face?.score).toBeCloseTo(0.9, 6);
    expect(face?.box).toEqual({ x: 90, y: 40, width: 20, height: 20 });
    expect(face?.points[0]).toEqual({ x: 102, y: 50 });
    const [second] = decodeRetinaFace({ loc, conf, landms }, priors, 0.1).filter((f) => f.score < 0.5);
    expect(second?.box.width).toBeCloseTo(16 * Math.exp(5 * 0.2), 4);
    expect((second?.box.x ?? 0) + (second?.box.width ?? 0) / 2).toBeCloseTo(10 + 0.1 * 16, 5);
  });
});
