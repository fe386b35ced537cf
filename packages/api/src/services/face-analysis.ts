import { type Analysis, type AnalyzeOptions, type FaceAnalyzer, ImageError } from '@freeface/vision';

/** The analyzer, with errors that name the request field the image came from (verify takes two images). */
export async function analyzeField(
  analyzer: FaceAnalyzer,
  field: string,
  bytes: Uint8Array,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  try {
    return await analyzer.analyze(bytes, options);
  } catch (error) {
    if (error instanceof ImageError) throw new ImageError(error.code, `${field}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * The analyzer as the in-process enrollment workers call it: errors name field image_data, and a worker waits
 * for a slot of the analyzer's limiter however long its queue (the workers have their own bound).
 */
export const enrollmentExtract =
  (analyzer: FaceAnalyzer) =>
  (bytes: Uint8Array, options: { minQuality?: number | undefined }): Promise<Analysis> =>
    analyzeField(analyzer, 'image_data', bytes, { ...options, wait: true });
