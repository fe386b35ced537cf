// Rebuilds face-api's FaceRecognitionNet (the dlib ResNet-34-style 128-d face descriptor) as an ONNX graph
// from its TF.js weights. The forward pass follows @vladmandic/face-api src/faceRecognitionNet/ step by step:
//   conv 7x7/2 valid (+bias, x scale + shift, relu) -> max pool 3x3/2 valid
//   -> 3 residual(32) -> residualDown(64) + 3 residual(64) -> residualDown(128) + 2 residual(128)
//   -> residualDown(256) + 2 residual(256) -> residualDown(256) -> mean over H, W -> x fc (256 x 128).
// A residual block is conv3x3 same (relu), conv3x3 same, + input, relu. A down block's first conv is 3x3/2 valid;
// its shortcut is a 2x2/2 average pool, zero-padded in channels when they grow; when the conv path comes out one
// row and column smaller than the pool, the conv path is zero-padded at the bottom and right, as face-api does.
// Each "scale layer" (x * weights + biases, per channel) is folded into its convolution.
// The graph takes NCHW input already normalised the way face-api does it: (RGB - mean) / 255.
import { OnnxGraphBuilder } from './onnx-graph.builder.js';
import type { WeightTensor } from './tfjs-weights.reader.js';

export const DLIB_RESNET_INPUT_SIZE = 150;
export const DLIB_RESNET_DIMENSION = 128;
/** Per-channel RGB mean face-api subtracts; it then divides by 255 (not dlib's 256). */
export const DLIB_RESNET_MEAN_RGB = [122.782, 117.001, 104.298] as const;
export const DLIB_RESNET_SCALE_DIVISOR = 255;
export const DLIB_RESNET_INPUT_NAME = 'input';
export const DLIB_RESNET_OUTPUT_NAME = 'embedding';
/** Bump when the graph this file writes changes, so prepared files are rebuilt. */
export const DLIB_RESNET_CONVERTER_VERSION = 1;

interface Feature {
  readonly name: string;
  readonly channels: number;
  readonly size: number;
}

type Padding = 'same' | 'valid';

/** The blocks in order: [weight prefix, down-sampling]. */
const BLOCKS: ReadonlyArray<readonly [string, boolean]> = [
  ['conv32_1', false],
  ['conv32_2', false],
  ['conv32_3', false],
  ['conv64_down', true],
  ['conv64_1', false],
  ['conv64_2', false],
  ['conv64_3', false],
  ['conv128_down', true],
  ['conv128_1', false],
  ['conv128_2', false],
  ['conv256_down', true],
  ['conv256_1', false],
  ['conv256_2', false],
  ['conv256_down_out', true],
];

class DlibResnetGraph {
  readonly builder = new OnnxGraphBuilder('dlib_resnet_128');

  constructor(private readonly weights: ReadonlyMap<string, WeightTensor>) {}

  build(): Uint8Array {
    const input = this.builder.input(DLIB_RESNET_INPUT_NAME, [
      'batch',
      3,
      DLIB_RESNET_INPUT_SIZE,
      DLIB_RESNET_INPUT_SIZE,
    ]);
    let x = this.conv({ name: input, channels: 3, size: DLIB_RESNET_INPUT_SIZE }, 'conv32_down', 2, 'valid', true);
    x = this.pool(x, 'MaxPool', 3, 2);
    for (const [prefix, down] of BLOCKS) x = down ? this.residualDown(x, prefix) : this.residual(x, prefix);
    const pooled = this.builder.node('GlobalAveragePool', [x.name]);
    const flat = this.builder.node('Flatten', [pooled], { axis: 1 });
    const fc = this.tensor('fc', [x.channels, DLIB_RESNET_DIMENSION]);
    this.builder.node(
      'MatMul',
      [flat, this.builder.constant('fc', [...fc.shape], fc.values)],
      {},
      DLIB_RESNET_OUTPUT_NAME,
    );
    this.builder.output(DLIB_RESNET_OUTPUT_NAME, ['batch', DLIB_RESNET_DIMENSION]);
    return this.builder.toBytes({
      producerName: 'freeface dlib-resnet.converter',
      producerVersion: String(DLIB_RESNET_CONVERTER_VERSION),
      docString:
        'dlib ResNet face descriptor (128-d) rebuilt from @vladmandic/face-api TF.js weights (MIT). ' +
        'Input: NCHW RGB 150x150, (pixel - [122.782, 117.001, 104.298]) / 255. Output: unnormalised descriptor.',
      metadata: { source: '@vladmandic/face-api model/face_recognition_model', license: 'MIT' },
    });
  }

  private tensor(name: string, shape: readonly number[]): WeightTensor {
    const tensor = this.weights.get(name);
    if (!tensor) throw new Error(`face-api weights have no tensor ${name}`);
    if (tensor.shape.join() !== shape.join())
      throw new Error(`face-api tensor ${name} has shape [${tensor.shape}], expected [${shape}]`);
    return tensor;
  }

  /** conv (TF [kh, kw, in, out] -> ONNX [out, in, kh, kw]) with bias and the scale layer folded in; relu if asked. */
  private conv(x: Feature, prefix: string, stride: number, padding: Padding, relu: boolean): Feature {
    // kernel size and output channels are read from the tensor; its input channels must match x
    const [kernel = 0, , , outChannels = 0] = this.weights.get(`${prefix}/conv/filters`)?.shape ?? [];
    const inChannels = x.channels;
    const filters = this.tensor(`${prefix}/conv/filters`, [kernel, kernel, inChannels, outChannels]);
    const bias = this.tensor(`${prefix}/conv/bias`, [outChannels]).values;
    const scale = this.tensor(`${prefix}/scale/weights`, [outChannels]).values;
    const shift = this.tensor(`${prefix}/scale/biases`, [outChannels]).values;

    const weights = new Float32Array(filters.values.length);
    for (let o = 0; o < outChannels; o++)
      for (let i = 0; i < inChannels; i++)
        for (let h = 0; h < kernel; h++)
          for (let w = 0; w < kernel; w++) {
            const tf = ((h * kernel + w) * inChannels + i) * outChannels + o;
            weights[((o * inChannels + i) * kernel + h) * kernel + w] = (filters.values[tf] ?? 0) * (scale[o] ?? 0);
          }
    const folded = Float32Array.from(bias, (b, o) => b * (scale[o] ?? 0) + (shift[o] ?? 0));

    const pad = padding === 'same' ? (kernel - 1) / 2 : 0;
    if (padding === 'same' && (stride !== 1 || kernel % 2 === 0))
      throw new Error(`${prefix}: "same" needs stride 1, odd kernel`);
    const out = this.builder.node(
      'Conv',
      [
        x.name,
        this.builder.constant(`${prefix}/weight`, [outChannels, inChannels, kernel, kernel], weights),
        this.builder.constant(`${prefix}/bias`, [outChannels], folded),
      ],
      { kernel_shape: [kernel, kernel], strides: [stride, stride], pads: [pad, pad, pad, pad] },
    );
    const size = padding === 'same' ? x.size : Math.floor((x.size - kernel) / stride) + 1;
    return { name: relu ? this.builder.node('Relu', [out]) : out, channels: outChannels, size };
  }

  private pool(x: Feature, op: 'MaxPool' | 'AveragePool', kernel: number, stride: number): Feature {
    const name = this.builder.node(op, [x.name], { kernel_shape: [kernel, kernel], strides: [stride, stride] });
    return { name, channels: x.channels, size: Math.floor((x.size - kernel) / stride) + 1 };
  }

  private residual(x: Feature, prefix: string): Feature {
    const a = this.conv(x, `${prefix}/conv1`, 1, 'same', true);
    const b = this.conv(a, `${prefix}/conv2`, 1, 'same', false);
    return { ...b, name: this.builder.node('Relu', [this.builder.node('Add', [b.name, x.name])]) };
  }

  private residualDown(x: Feature, prefix: string): Feature {
    const a = this.conv(x, `${prefix}/conv1`, 2, 'valid', true);
    let b = this.conv(a, `${prefix}/conv2`, 1, 'same', false);
    let shortcut = this.pool(x, 'AveragePool', 2, 2);
    const missing = shortcut.size - b.size;
    if (missing !== 0 && missing !== 1) throw new Error(`${prefix}: conv path ${b.size} vs shortcut ${shortcut.size}`);
    if (missing === 1) b = this.zeroPad(b, `${prefix}/pad_hw`, [0, 0, 0, 0, 0, 0, 1, 1], 0, 1);
    if (shortcut.channels < b.channels) {
      const extra = b.channels - shortcut.channels;
      shortcut = this.zeroPad(shortcut, `${prefix}/pad_c`, [0, 0, 0, 0, 0, extra, 0, 0], extra, 0);
    }
    if (shortcut.size !== b.size || shortcut.channels !== b.channels) throw new Error(`${prefix}: shapes do not meet`);
    return { ...b, name: this.builder.node('Relu', [this.builder.node('Add', [shortcut.name, b.name])]) };
  }

  private zeroPad(x: Feature, name: string, pads: readonly number[], channels: number, size: number): Feature {
    const padded = this.builder.node('Pad', [x.name, this.builder.int64Constant(name, pads)], { mode: 'constant' });
    return { name: padded, channels: x.channels + channels, size: x.size + size };
  }
}

/** The ONNX model bytes of face-api's FaceRecognitionNet, from its dequantised weights (see tfjs-weights.reader.ts). */
export function convertDlibResnet(weights: ReadonlyMap<string, WeightTensor>): Uint8Array {
  return new DlibResnetGraph(weights).build();
}
