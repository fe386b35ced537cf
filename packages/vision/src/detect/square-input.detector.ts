import * as ort from 'onnxruntime-node';
import { canvasTensor } from '../image/canvas.js';
import type { PixelFormat } from '../image/to-tensor.js';
import { inputBuffers } from '../onnx/float32-pool.js';
import type { Detection, RgbImage } from '../types.js';
import { type DetectorOptions, detectWithRetry, type FaceDetector } from './face-detector.js';
import { type Candidate, nonMaxSuppression } from './nms.js';
import { toDetection } from './to-detection.js';

/** Turns a session's outputs for a size x size input into candidates above `threshold`, in input pixels. */
export type SquareDecoder = (outputs: ort.InferenceSession.ReturnType, size: number, threshold: number) => Candidate[];

/**
 * A five-landmark detector with a fixed square input (YuNet, SCRFD): the image is letterboxed onto the input
 * with a margin, padding in the model's mean colour (zeros in the tensor), decoded, suppressed and mapped back.
 */
export class SquareInputDetector implements FaceDetector {
  constructor(
    readonly id: string,
    private readonly session: ort.InferenceSession,
    private readonly size: number,
    private readonly format: PixelFormat,
    private readonly decode: SquareDecoder,
    private readonly options: DetectorOptions,
  ) {}

  detect(image: RgbImage): Promise<Detection[]> {
    return detectWithRetry(this.options, (margin) => this.#detect(image, margin));
  }

  async #detect(image: RgbImage, margin: number): Promise<Detection[]> {
    const { size, format } = this;
    const [a, b, c] = format.mean.map((v) => Math.round(v)) as [number, number, number];
    const fill: [number, number, number] = format.channelOrder === 'bgr' ? [c, b, a] : [a, b, c];
    const canvas = { width: size, height: size, margin, fill };
    const { data, placement } = await canvasTensor(image, canvas, format, (n) => inputBuffers.acquire(n));
    const input = new ort.Tensor('float32', data, [1, 3, size, size]);
    let candidates: ReturnType<SquareDecoder>;
    try {
      const outputs = await this.session.run({ [this.session.inputNames[0] ?? 'input']: input });
      candidates = this.decode(outputs, size, this.options.scoreThreshold);
    } finally {
      input.dispose();
      inputBuffers.release(data);
    }
    return nonMaxSuppression(candidates, this.options.iouThreshold).map((cand) =>
      toDetection(cand, placement, image, 'five'),
    );
  }
}
