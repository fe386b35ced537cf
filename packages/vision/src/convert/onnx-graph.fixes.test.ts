import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import {
  decodeModel,
  dequantize,
  dropScalarBlockSize,
  encodeModel,
  foldDequantizeLinear,
  removeInitializerInputs,
  removeUnusedInitializers,
} from './onnx-graph.fixes.js';

const { onnx } = onnxProto;
const { DataType } = onnx.TensorProto;

const int8 = (name: string, dims: number[], values: number[]) =>
  onnx.TensorProto.create({
    name,
    dims,
    dataType: DataType.INT8,
    rawData: new Uint8Array(Int8Array.from(values).buffer),
  });
const float = (name: string, dims: number[], values: number[]) =>
  onnx.TensorProto.create({
    name,
    dims,
    dataType: DataType.FLOAT,
    rawData: new Uint8Array(Float32Array.from(values).buffer),
  });
const dq = (prefix: string, attributes: Record<string, number>) =>
  onnx.NodeProto.create({
    opType: 'DequantizeLinear',
    input: [`${prefix}_q`, `${prefix}_s`, `${prefix}_z`],
    output: [`${prefix}_w`],
    attribute: Object.entries(attributes).map(([name, i]) =>
      onnx.AttributeProto.create({ name, i, type: onnx.AttributeProto.AttributeType.INT }),
    ),
  });

/** A graph with a blocked weight (2 x 4, blocks of 2), a per-tensor bias wrongly marked blocked, both added. */
function model() {
  return onnx.ModelProto.create({
    graph: {
      node: [
        dq('w', { axis: 1, block_size: 2 }),
        dq('b', { axis: 0, block_size: 4 }),
        onnx.NodeProto.create({ opType: 'Add', input: ['w_w', 'b_w'], output: ['t'] }),
        onnx.NodeProto.create({ opType: 'Add', input: ['t', 'x'], output: ['y'] }),
      ],
      initializer: [
        int8('w_q', [2, 4], [1, 2, 3, 4, -1, -2, -3, -4]),
        float('w_s', [2, 2], [1, 10, 0.5, 2]),
        int8('w_z', [2, 2], [0, 1, 0, -1]),
        int8('b_q', [4], [2, 4, 6, 8]),
        float('b_s', [1], [0.25]),
        int8('b_z', [1], [0]),
        float('stale', [1], [0]),
      ],
      input: [{ name: 'w_q' }, { name: 'old_weight_name' }, { name: 'x' }],
      output: [{ name: 'y' }],
    },
  });
}

describe('ONNX graph fixes', () => {
  it('dequantizes blocked, per-tensor weights as (q - zero point) * scale', () => {
    const m = model();
    const [w, b] = m.graph?.node ?? [];
    const init = new Map((m.graph?.initializer ?? []).map((t) => [t.name, t]));
    const blocked = dequantize(
      w as never,
      init.get('w_q') as never,
      init.get('w_s') as never,
      init.get('w_z') as never,
    );
    expect(Array.from(blocked)).toEqual([1, 2, 20, 30, -0.5, -1, -4, -6]);
    const scalar = dequantize(b as never, init.get('b_q') as never, init.get('b_s') as never, init.get('b_z') as never);
    expect(Array.from(scalar)).toEqual([0.5, 1, 1.5, 2]);
  });

  it('drops block_size only where the scale is one value in one dimension', () => {
    const m = model();
    expect(dropScalarBlockSize(m)).toBe(1);
    const [w, b] = m.graph?.node ?? [];
    expect(w?.attribute?.map((a) => a.name)).toEqual(['axis', 'block_size']);
    expect(b?.attribute?.map((a) => a.name)).toEqual(['axis']);
  });

  it('removes initializer and unread graph inputs, and initializers nothing reads', () => {
    const m = model();
    expect(removeInitializerInputs(m)).toBe(2);
    expect(m.graph?.input?.map((i) => i.name)).toEqual(['x']);
    expect(removeUnusedInitializers(m)).toBe(1);
  });

  it('folds every DequantizeLinear over initializers into a float32 initializer, surviving a round trip', () => {
    const m = decodeModel(encodeModel(model()));
    expect(foldDequantizeLinear(m)).toBe(2);
    expect(m.graph?.node?.map((n) => n.opType)).toEqual(['Add', 'Add']);
    const names = (m.graph?.initializer ?? []).map((t) => t.name).sort();
    expect(names).toEqual(['b_w', 'w_w']);
    const w = m.graph?.initializer?.find((t) => t.name === 'w_w');
    expect(w?.dataType).toBe(DataType.FLOAT);
    expect(Array.from(new Float32Array(Uint8Array.from(w?.rawData ?? []).buffer))).toEqual([
      1, 2, 20, 30, -0.5, -1, -4, -6,
    ]);
  });
});
