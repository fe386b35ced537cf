import * as ort from 'onnxruntime-node';
import { canvasTensor } from '../image/canvas.js';
import type { PixelFormat } from '../image/to-tensor.js';
import { inputBuffers } from '../onnx/float32-pool.js';
import type { Detection, RgbImage } from '../types.js';
import { ModelError } from '../vision-errors.js';
import {
  BLAZEFACE_GRIDS,
  BLAZEFACE_VALUES_PER_ANCHOR,
  blazeFaceAnchors,
  decodeBlazeFace,
} from './blazeface.decoder.js';
import { type DetectorOptions, detectWithRetry, type FaceDetector } from './face-detector.js';
import { weightedNonMaxSuppression } from './nms.js';
import { toDetection } from './to-detection.js';

export const BLAZEFACE_DEFAULTS: DetectorOptions = {
  scoreThreshold: 0.65,
  iouThreshold: 0.3,
  margin: 0.2,
  retryMargin: 0.5,
};

const ANCHORS = blazeFaceAnchors();

/**
 * MediaPipe BlazeFace (front 128x128 or back 256x256, NHWC input): the image is letterboxed onto the square
 * input with a margin, decoded against the SSD anchors, blended by weighted suppression and mapped back.
 */
export class BlazeFaceDetector implements FaceDetector {
  constructor(
    readonly id: string,
    private readonly session: ort.InferenceSession,
    private readonly inputSize: number,
    private readonly format: PixelFormat,
    private readonly options: DetectorOptions = BLAZEFACE_DEFAULTS,
  ) {}

  detect(image: RgbImage): Promise<Detection[]> {
    return detectWithRetry(this.options, (margin) => this.#detect(image, margin));
  }

  async #detect(image: RgbImage, margin: number): Promise<Detection[]> {
    const size = this.inputSize;
    const canvas = { width: size, height: size, margin };
    const { data, placement } = await canvasTensor(image, canvas, this.format, (n) => inputBuffers.acquire(n));
    const input = new ort.Tensor('float32', data, [1, size, size, 3]);
    let gathered: { scores: Float32Array; boxes: Float32Array };
    try {
      gathered = this.#gather(await this.session.run({ [this.session.inputNames[0] ?? 'input']: input }));
    } finally {
      input.dispose();
      inputBuffers.release(data);
    }
    const { scores, boxes } = gathered;
    const candidates = decodeBlazeFace(scores, boxes, ANCHORS, size, this.options.scoreThreshold);
    return weightedNonMaxSuppression(candidates, this.options.iouThreshold).map((c) =>
      toDetection(c, placement, image, 'blazeface'),
    );
  }

  /** The model gives scores and boxes per grid as separate outputs; they are told apart by shape, then joined. */
  #gather(outputs: ort.InferenceSession.ReturnType): { scores: Float32Array; boxes: Float32Array } {
    const tensors = Object.values(outputs);
    const find = (anchors: number, width: number) => {
      const t = tensors.find((x) => x.dims[1] === anchors && x.dims[2] === width && x.type === 'float32');
      if (!t) throw new ModelError('MODEL_BAD_OUTPUT', `BlazeFace output [1, ${anchors}, ${width}] is missing`);
      return t.data as Float32Array;
    };
    const perGrid = BLAZEFACE_GRIDS.map((g) => g.cells * g.cells * g.anchorsPerCell);
    const join = (parts: Float32Array[]) => {
      const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    };
    return {
      scores: join(perGrid.map((n) => find(n, 1))),
      boxes: join(perGrid.map((n) => find(n, BLAZEFACE_VALUES_PER_ANCHOR))),
    };
  }
}
