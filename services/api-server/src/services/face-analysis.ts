import { largest, NoFaceError } from '@freeface/domain';
import { type Analysis, type AnalyzedFace, type AnalyzeOptions, type FaceAnalyzer, ImageError } from '@freeface/vision';

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

const boxOf = (face: AnalyzedFace) => face.detection.box;

/**
 * The faces a request works on: every face kept when multiFace, else the largest. NoFaceError when none is
 * left, saying whether the image had no face at all or only faces under the quality threshold, and why.
 */
export function pickFaces(analysis: Analysis, field: string, multiFace: boolean): AnalyzedFace[] {
  if (analysis.faces.length === 0) throw noFace(analysis, field);
  return multiFace ? [...analysis.faces] : [largest(analysis.faces, boxOf) as AnalyzedFace];
}

export const largestFace = (analysis: Analysis, field: string): AnalyzedFace =>
  pickFaces(analysis, field, false)[0] as AnalyzedFace;

function noFace(analysis: Analysis, field: string): NoFaceError {
  if (analysis.rejected.length === 0) return new NoFaceError(`no face found in ${field}`);
  const reasons = [...new Set(analysis.rejected.flatMap((r) => r.quality.reasons))];
  const best = Math.max(...analysis.rejected.map((r) => r.quality.score));
  return new NoFaceError(
    `no face in ${field} is good enough: ${analysis.rejected.length} found, the best of quality ${best.toFixed(2)}` +
      (reasons.length > 0 ? ` (${reasons.join(', ')})` : '') +
      '; send a sharper, larger, frontal face or lower quality_threshold',
  );
}
