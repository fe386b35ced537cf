import type { Detection, RgbImage } from '../types.js';

/** Finds faces in an image. Implementations: RetinaFaceDetector, BlazeFaceDetector (made by createDetector). */
export interface FaceDetector {
  /** model id from models/manifest.json */
  readonly id: string;
  /** Faces in original image coordinates, best score first. */
  detect(image: RgbImage): Promise<Detection[]>;
}

/** What every detector lets a caller tune. */
export interface DetectorOptions {
  /** candidates under this score are dropped before suppression */
  readonly scoreThreshold: number;
  /** overlap (IoU) above which two candidates are one face */
  readonly iouThreshold: number;
  /** border added around the image, as a fraction of its size per side, so frame-filling faces are found */
  readonly margin: number;
  /**
   * a wider border for a second pass when the first finds nothing (a face filling the whole frame needs room
   * around it, while a wide border would shrink the faces of a group photo); null: no second pass
   */
  readonly retryMargin: number | null;
}

/** Runs `pass` with options.margin, and once more with options.retryMargin when the first pass found no face. */
export async function detectWithRetry(
  options: DetectorOptions,
  pass: (margin: number) => Promise<Detection[]>,
): Promise<Detection[]> {
  const found = await pass(options.margin);
  if (found.length > 0 || options.retryMargin === null || options.retryMargin === options.margin) return found;
  return pass(options.retryMargin);
}
