// A small builder for ONNX graphs: float32 tensors, initializers, nodes and attributes, serialised with onnx-proto.
// Enough for converters that rebuild a known network from its weights (see dlib-resnet.converter.ts).
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** A dimension: a fixed size, or a name for a size chosen at run time (e.g. "batch"). */
export type Dim = number | string;

/** Attribute values the converters need: an int, a list of ints, a string, or `{ float }`. */
export type AttributeValue = number | readonly number[] | string | { readonly float: number };

export interface ModelInfo {
  readonly producerName: string;
  readonly producerVersion: string;
  /** default-domain operator set; 13 covers every operator the builder is used with */
  readonly opset?: number;
  readonly docString?: string;
  /** free key/value pairs stored in the model (source, licence, ...) */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** ONNX IR version 7 goes with opset 12 to 13; onnxruntime reads it. */
const IR_VERSION = 7;

function valueInfo(name: string, dims: readonly Dim[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
}

function attribute(name: string, value: AttributeValue) {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string')
    return onnx.AttributeProto.create({ name, type: AttributeType.STRING, s: new TextEncoder().encode(value) });
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`attribute ${name}: ${value} is not an int; pass { float } instead`);
    return onnx.AttributeProto.create({ name, type: AttributeType.INT, i: value });
  }
  if ('float' in value) return onnx.AttributeProto.create({ name, type: AttributeType.FLOAT, f: value.float });
  return onnx.AttributeProto.create({ name, type: AttributeType.INTS, ints: [...value] });
}

/** Little-endian bytes of a typed array, as ONNX raw_data wants them. */
function rawBytes(values: Float32Array | BigInt64Array): Uint8Array {
  return new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
}

export class OnnxGraphBuilder {
  private readonly inputs: ReturnType<typeof valueInfo>[] = [];
  private readonly outputs: ReturnType<typeof valueInfo>[] = [];
  private readonly initializers: InstanceType<typeof onnx.TensorProto>[] = [];
  private readonly nodes: InstanceType<typeof onnx.NodeProto>[] = [];
  private readonly names = new Set<string>();
  private counter = 0;

  constructor(private readonly graphName: string) {}

  /** Declares a float32 graph input and returns its name. */
  input(name: string, dims: readonly Dim[]): string {
    this.claim(name);
    this.inputs.push(valueInfo(name, dims));
    return name;
  }

  /** Declares an existing value as a float32 graph output. */
  output(name: string, dims: readonly Dim[]): void {
    if (!this.names.has(name)) throw new Error(`graph output ${name} is not produced by any node`);
    this.outputs.push(valueInfo(name, dims));
  }

  /** Adds a float32 constant; its length must match the product of dims. */
  constant(name: string, dims: readonly number[], values: Float32Array): string {
    const size = dims.reduce((a, b) => a * b, 1);
    if (values.length !== size) throw new Error(`constant ${name}: ${values.length} values for shape [${dims}]`);
    this.claim(name);
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [...dims],
        dataType: onnx.TensorProto.DataType.FLOAT,
        rawData: rawBytes(values),
      }),
    );
    return name;
  }

  /** Adds an int64 constant (shapes, pads, axes). */
  int64Constant(name: string, values: readonly number[]): string {
    this.claim(name);
    this.initializers.push(
      onnx.TensorProto.create({
        name,
        dims: [values.length],
        dataType: onnx.TensorProto.DataType.INT64,
        rawData: rawBytes(BigInt64Array.from(values, (v) => BigInt(v))),
      }),
    );
    return name;
  }

  /**
   * Adds a node of the default domain and returns the name of its (single) output.
   * The output is named `${hint}` when given (must be unused), else `${opType}_${n}`.
   */
  node(
    opType: string,
    inputs: readonly string[],
    attributes: Record<string, AttributeValue> = {},
    hint?: string,
  ): string {
    for (const name of inputs)
      if (name !== '' && !this.names.has(name)) throw new Error(`${opType}: unknown input ${name}`);
    const output = hint ?? `${opType.toLowerCase()}_${++this.counter}`;
    this.claim(output);
    this.nodes.push(
      onnx.NodeProto.create({
        opType,
        name: `${output}_node`,
        input: [...inputs],
        output: [output],
        attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
      }),
    );
    return output;
  }

  /** The serialised ModelProto. */
  toBytes(info: ModelInfo): Uint8Array {
    if (this.inputs.length === 0 || this.outputs.length === 0) throw new Error('a graph needs inputs and outputs');
    const model = onnx.ModelProto.create({
      irVersion: IR_VERSION,
      producerName: info.producerName,
      producerVersion: info.producerVersion,
      docString: info.docString ?? '',
      opsetImport: [{ domain: '', version: info.opset ?? 13 }],
      metadataProps: Object.entries(info.metadata ?? {}).map(([key, value]) => ({ key, value })),
      graph: {
        name: this.graphName,
        input: this.inputs,
        output: this.outputs,
        initializer: this.initializers,
        node: this.nodes,
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }

  private claim(name: string): void {
    if (this.names.has(name)) throw new Error(`value name ${name} is used twice`);
    this.names.add(name);
  }
}
