import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { OnnxGraphBuilder } from './onnx-graph.builder.js';

const info = { producerName: 'test', producerVersion: '1' };

describe('OnnxGraphBuilder', () => {
  it('writes a graph onnxruntime runs with the results the operators define', async () => {
    // y = relu(conv1x1(x) + bias), then zero-padded one column on the right, for a 1x2x1x2 input.
    const g = new OnnxGraphBuilder('tiny');
    const x = g.input('x', ['batch', 2, 1, 2]);
    const weight = g.constant('w', [1, 2, 1, 1], new Float32Array([2, -1]));
    const bias = g.constant('b', [1], new Float32Array([0.5]));
    const conv = g.node('Conv', [x, weight, bias], { kernel_shape: [1, 1], strides: [1, 1], pads: [0, 0, 0, 0] });
    const relu = g.node('Relu', [conv]);
    g.node('Pad', [relu, g.int64Constant('pads', [0, 0, 0, 0, 0, 0, 0, 1])], { mode: 'constant' }, 'y');
    g.output('y', ['batch', 1, 1, 3]);

    const session = await ort.InferenceSession.create(g.toBytes(info));
    // channel 0 = [1, 3], channel 1 = [4, 1]: 2*1 - 4 + 0.5 = -1.5 -> 0; 2*3 - 1 + 0.5 = 5.5
    const input = new ort.Tensor('float32', new Float32Array([1, 3, 4, 1]), [1, 2, 1, 2]);
    const { y } = await session.run({ x: input });
    expect(y?.dims).toEqual([1, 1, 1, 3]);
    expect(Array.from((y?.data ?? []) as Float32Array)).toEqual([0, 5.5, 0]);
    await session.release();
  });

  it('refuses unknown inputs, reused names, wrong sizes and non-integer int attributes', () => {
    const g = new OnnxGraphBuilder('bad');
    const x = g.input('x', [1]);
    expect(() => g.node('Relu', ['nope'])).toThrow(/unknown input nope/);
    expect(() => g.constant('x', [1], new Float32Array(1))).toThrow(/used twice/);
    expect(() => g.constant('c', [2, 2], new Float32Array(3))).toThrow(/3 values for shape \[2,2\]/);
    expect(() => g.node('LeakyRelu', [x], { alpha: 0.1 })).toThrow(/pass \{ float \}/);
    expect(() => g.output('missing', [1])).toThrow(/not produced/);
    expect(() => g.toBytes(info)).toThrow(/inputs and outputs/);
  });
});
