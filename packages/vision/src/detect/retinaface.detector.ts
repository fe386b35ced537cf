import * as ort from 'onnxruntime-node';
import { canvasTensor } from '../image/canvas.js';
import type { PixelFormat } from '../image/to-tensor.js';
import { inputBuffers } from '../onnx/float32-pool.js';
import { floatOutput } from '../onnx/tensor-output.js';
import type { Detection, RgbImage } from '../types.js';
import { type DetectorOptions, detectWithRetry, type FaceDetector } from './face-detector.js';
import { nonMaxSuppression } from './nms.js';
import { decodeRetinaFace, retinaFacePriors } from './retinaface.decoder.js';
import { toDetection } from './to-detection.js';

export interface RetinaFaceOptions extends DetectorOptions {
  /** longest side of the network input; larger images are scaled down to it, smaller ones are not scaled up */
  readonly maxSide: number;
}

export const RETINAFACE_DEFAULTS: RetinaFaceOptions = {
  scoreThreshold: 0.6,
  iouThreshold: 0.4,
  margin: 0.2,
  retryMargin: 0.5,
  maxSide: 640,
};

/**
 * RetinaFace (any backbone with the standard loc/conf/landms outputs: mnet025 and r50 alike) on an image of any
 * size: the image is centred on a canvas with a margin, run at that size, decoded against the priors, suppressed
 * and mapped back to the original coordinates.
 */
export class RetinaFaceDetector implements FaceDetector {
  readonly #priors = new Map<string, Float32Array>();

  constructor(
    readonly id: string,
    private readonly session: ort.InferenceSession,
    private readonly format: PixelFormat,
    private readonly options: RetinaFaceOptions = RETINAFACE_DEFAULTS,
  ) {}

  detect(image: RgbImage): Promise<Detection[]> {
    return detectWithRetry(this.options, (margin) => this.#detect(image, margin));
  }

  async #detect(image: RgbImage, margin: number): Promise<Detection[]> {
    const { maxSide, scoreThreshold, iouThreshold } = this.options;
    const scale = Math.min(1, maxSide / (Math.max(image.width, image.height) * (1 + 2 * margin)));
    const width = Math.max(32, Math.round(image.width * (1 + 2 * margin) * scale));
    const height = Math.max(32, Math.round(image.height * (1 + 2 * margin) * scale));
    const fill = this.#meanColour();
    const canvas = { width, height, margin, fill };
    const { data, placement } = await canvasTensor(image, canvas, this.format, (n) => inputBuffers.acquire(n));
    const input = new ort.Tensor('float32', data, [1, 3, height, width]);
    const priors = this.#priorsFor(width, height);
    const count = priors.length / 4;
    let candidates: ReturnType<typeof decodeRetinaFace>;
    try {
      const outputs = await this.session.run({ [this.session.inputNames[0] ?? 'input']: input });
      candidates = decodeRetinaFace(
        {
          loc: floatOutput(outputs, 'loc', count * 4),
          conf: floatOutput(outputs, 'conf', count * 2),
          landms: floatOutput(outputs, 'landms', count * 10),
        },
        priors,
        scoreThreshold,
      );
    } finally {
      input.dispose();
      inputBuffers.release(data);
    }
    return nonMaxSuppression(candidates, iouThreshold).map((c) => toDetection(c, placement, image, 'five'));
  }

  /** Padding in the model's mean colour becomes zeros in the tensor: the most neutral border. */
  #meanColour(): [number, number, number] {
    const [a, b, c] = this.format.mean.map((v) => Math.round(v)) as [number, number, number];
    return this.format.channelOrder === 'bgr' ? [c, b, a] : [a, b, c];
  }

  #priorsFor(width: number, height: number): Float32Array {
    const key = `${width}x${height}`;
    let priors = this.#priors.get(key);
    if (!priors) {
      if (this.#priors.size >= 16) this.#priors.delete(this.#priors.keys().next().value as string);
      priors = retinaFacePriors(width, height);
      this.#priors.set(key, priors);
    }
    return priors;
  }
}
