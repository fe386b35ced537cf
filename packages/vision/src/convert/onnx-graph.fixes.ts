// Plain edits of ONNX protobufs that some registry models need before onnxruntime runs them well (see
// ../shared/models/MODELS.md): OpenCV Zoo's block-quantised ("int8bq") YuNet and SFace.
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

export type OnnxModel = InstanceType<typeof onnx.ModelProto>;
type Tensor = onnxProto.onnx.ITensorProto;
type Node = onnxProto.onnx.INodeProto;

export const decodeModel = (bytes: Uint8Array): OnnxModel => onnx.ModelProto.decode(bytes);
export const encodeModel = (model: OnnxModel): Uint8Array => onnx.ModelProto.encode(model).finish();

const graphOf = (model: OnnxModel) => {
  if (!model.graph) throw new Error('the ONNX model has no graph');
  return model.graph;
};

const size = (t: Tensor) => (t.dims ?? []).reduce<number>((n, d) => n * Number(d), 1);

/**
 * Drops the `block_size` attribute of DequantizeLinear nodes whose scale is a single value in one dimension (a
 * per-tensor quantisation that onnxruntime refuses to read as blocked; a [1, 1] scale of a 2-D weight is a valid
 * block and stays). Returns how many nodes changed.
 */
export function dropScalarBlockSize(model: OnnxModel): number {
  const graph = graphOf(model);
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name, t]));
  let changed = 0;
  for (const node of graph.node ?? []) {
    if (node.opType !== 'DequantizeLinear') continue;
    const scale = initializers.get(node.input?.[1] ?? '');
    const attributes = node.attribute ?? [];
    if (
      !scale ||
      size(scale) !== 1 ||
      (scale.dims?.length ?? 0) > 1 ||
      !attributes.some((a) => a.name === 'block_size')
    )
      continue;
    node.attribute = attributes.filter((a) => a.name !== 'block_size');
    changed++;
  }
  return changed;
}

/**
 * Removes initializers from the graph's inputs (onnxruntime otherwise asks for them to be fed), and inputs no node
 * reads (SFace still declares its weights under their names from before quantisation). Returns how many.
 */
export function removeInitializerInputs(model: OnnxModel): number {
  const graph = graphOf(model);
  const names = new Set((graph.initializer ?? []).map((t) => t.name));
  const read = new Set((graph.node ?? []).flatMap((n) => n.input ?? []));
  const before = graph.input?.length ?? 0;
  graph.input = (graph.input ?? []).filter((i) => !names.has(i.name) && read.has(i.name ?? ''));
  return before - graph.input.length;
}

/** Drops initializers no node reads and no output names (onnxruntime warns about each). Returns how many. */
export function removeUnusedInitializers(model: OnnxModel): number {
  const graph = graphOf(model);
  const used = new Set((graph.node ?? []).flatMap((n) => n.input ?? []));
  for (const o of graph.output ?? []) used.add(o.name ?? '');
  const before = graph.initializer?.length ?? 0;
  graph.initializer = (graph.initializer ?? []).filter((t) => used.has(t.name ?? ''));
  return before - graph.initializer.length;
}

const { DataType } = onnx.TensorProto;

/** The values of an int8, uint8 or float32 initializer. */
function values(t: Tensor): Float32Array | Int8Array | Uint8Array {
  const raw = t.rawData && t.rawData.length > 0 ? t.rawData : undefined;
  const copy = (bytes: Uint8Array) => Uint8Array.from(bytes).buffer;
  if (t.dataType === DataType.FLOAT) return raw ? new Float32Array(copy(raw)) : Float32Array.from(t.floatData ?? []);
  if (t.dataType === DataType.INT8) return raw ? new Int8Array(copy(raw)) : Int8Array.from(t.int32Data ?? []);
  if (t.dataType === DataType.UINT8) return raw ? new Uint8Array(copy(raw)) : Uint8Array.from(t.int32Data ?? []);
  throw new Error(`initializer ${t.name}: data type ${t.dataType} is not read here`);
}

const intAttribute = (node: Node, name: string) => {
  const a = node.attribute?.find((x) => x.name === name);
  return a ? Number(a.i) : undefined;
};

/**
 * (x - zero point) * scale of one DequantizeLinear over initializers: per tensor (one scale), per axis (a 1-D
 * scale along `axis`) or blocked (scale of x's rank, `block_size` elements of `axis` per scale).
 */
export function dequantize(node: Node, x: Tensor, scale: Tensor, zeroPoint: Tensor | undefined): Float32Array {
  const q = values(x);
  const s = values(scale);
  const z = zeroPoint ? values(zeroPoint) : new Int8Array(s.length);
  const dims = (x.dims ?? []).map(Number);
  const rank = dims.length;
  const axis = ((intAttribute(node, 'axis') ?? 1) + rank) % Math.max(1, rank);
  const block = intAttribute(node, 'block_size') ?? 0;
  const out = new Float32Array(q.length);
  if (s.length === 1) {
    for (let i = 0; i < q.length; i++) out[i] = ((q[i] as number) - (z[0] as number)) * (s[0] as number);
    return out;
  }
  const inner = dims.slice(axis + 1).reduce((n, d) => n * d, 1);
  const along = dims[axis] ?? 1;
  const blocks = block > 0 ? Math.ceil(along / block) : along;
  for (let i = 0; i < q.length; i++) {
    const outer = Math.floor(i / (inner * along));
    const a = Math.floor(i / inner) % along;
    const k = i % inner;
    const j = block > 0 ? (outer * blocks + Math.floor(a / block)) * inner + k : a;
    out[i] = ((q[i] as number) - (z[j] as number)) * (s[j] as number);
  }
  return out;
}

/**
 * Replaces every DequantizeLinear whose inputs are all initializers by a float32 initializer holding its output
 * (the same numbers), and drops the quantised initializers nothing else reads. Returns how many were folded.
 */
export function foldDequantizeLinear(model: OnnxModel): number {
  const graph = graphOf(model);
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  const folded: Tensor[] = [];
  const kept: Node[] = [];
  for (const node of graph.node ?? []) {
    const [xName = '', scaleName = '', zeroName] = node.input ?? [];
    const x = initializers.get(xName);
    const scale = initializers.get(scaleName);
    const zero = zeroName ? initializers.get(zeroName) : undefined;
    if (node.opType !== 'DequantizeLinear' || !x || !scale || (zeroName && !zero)) {
      kept.push(node);
      continue;
    }
    const data = dequantize(node, x, scale, zero);
    folded.push(
      onnx.TensorProto.create({
        name: node.output?.[0] ?? '',
        dims: x.dims ?? [],
        dataType: DataType.FLOAT,
        rawData: new Uint8Array(data.buffer),
      }),
    );
  }
  graph.node = kept;
  graph.initializer = [...(graph.initializer ?? []), ...folded];
  removeUnusedInitializers(model);
  return folded.length;
}

/**
 * Makes the first dimension of every graph input and output the symbolic `batch` (SFace is exported with a fixed
 * batch of 1, though only its weights are reshaped: any batch runs, each face's output the same as alone), and
 * drops the intermediate shapes that still say 1, so onnxruntime infers them again. Returns how many changed.
 */
export function symbolicBatch(model: OnnxModel): number {
  const graph = graphOf(model);
  let changed = 0;
  for (const value of [...(graph.input ?? []), ...(graph.output ?? [])]) {
    const first = value.type?.tensorType?.shape?.dim?.[0];
    if (!first || first.dimParam) continue;
    first.dimValue = null;
    first.dimParam = 'batch';
    changed++;
  }
  if (changed > 0) graph.valueInfo = [];
  return changed;
}
