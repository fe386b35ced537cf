import type * as ort from 'onnxruntime-node';
import type { PixelFormat } from '../image/to-tensor.js';
import { floatOutput } from '../onnx/tensor-output.js';
import type { DetectorOptions } from './face-detector.js';
import { SquareInputDetector } from './square-input.detector.js';
import { decodeYunet, YUNET_STRIDES } from './yunet.decoder.js';

/** OpenCV's FaceDetectorYN defaults (score 0.9, NMS 0.3), with the project's letterbox margins. */
export const YUNET_DEFAULTS: DetectorOptions = {
  scoreThreshold: 0.9,
  iouThreshold: 0.3,
  margin: 0.2,
  retryMargin: 0.5,
};

/** Reads YuNet's twelve outputs (cls, obj, bbox, kps per stride) for a size x size input and decodes them. */
export function yunetDecoder(outputs: ort.InferenceSession.ReturnType, size: number, threshold: number) {
  const levels = YUNET_STRIDES.map((stride) => {
    const columns = Math.ceil(size / stride);
    const cells = columns * columns;
    return {
      stride,
      columns,
      rows: columns,
      cls: floatOutput(outputs, `cls_${stride}`, cells),
      obj: floatOutput(outputs, `obj_${stride}`, cells),
      bbox: floatOutput(outputs, `bbox_${stride}`, cells * 4),
      kps: floatOutput(outputs, `kps_${stride}`, cells * 10),
    };
  });
  return decodeYunet(levels, threshold);
}

export const yunetDetector = (
  id: string,
  session: ort.InferenceSession,
  size: number,
  format: PixelFormat,
  options: DetectorOptions = YUNET_DEFAULTS,
) => new SquareInputDetector(id, session, size, format, yunetDecoder, options);
