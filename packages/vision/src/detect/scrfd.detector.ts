import type * as ort from 'onnxruntime-node';
import type { PixelFormat } from '../image/to-tensor.js';
import { floatOutput } from '../onnx/tensor-output.js';
import type { DetectorOptions } from './face-detector.js';
import { decodeScrfd, SCRFD_ANCHORS_PER_CELL, SCRFD_STRIDES } from './scrfd.decoder.js';
import { SquareInputDetector } from './square-input.detector.js';

/** InsightFace's SCRFD defaults (score 0.5, NMS 0.4), with the project's letterbox margins. */
export const SCRFD_DEFAULTS: DetectorOptions = {
  scoreThreshold: 0.5,
  iouThreshold: 0.4,
  margin: 0.2,
  retryMargin: 0.5,
};

/** Reads SCRFD's nine outputs (score, bbox, kps per stride) for a size x size input and decodes them. */
export function scrfdDecoder(outputs: ort.InferenceSession.ReturnType, size: number, threshold: number) {
  const levels = SCRFD_STRIDES.map((stride) => {
    const columns = Math.ceil(size / stride);
    const anchors = columns * columns * SCRFD_ANCHORS_PER_CELL;
    return {
      stride,
      columns,
      rows: columns,
      score: floatOutput(outputs, `score_${stride}`, anchors),
      bbox: floatOutput(outputs, `bbox_${stride}`, anchors * 4),
      kps: floatOutput(outputs, `kps_${stride}`, anchors * 10),
    };
  });
  return decodeScrfd(levels, threshold);
}

export const scrfdDetector = (
  id: string,
  session: ort.InferenceSession,
  size: number,
  format: PixelFormat,
  options: DetectorOptions = SCRFD_DEFAULTS,
) => new SquareInputDetector(id, session, size, format, scrfdDecoder, options);
