import { type FaceBox, largest, NoFaceError } from '@freeface/domain';

// What enrollment needs of an analysis, whoever made it: the in-process FaceAnalyzer of @freeface/vision
// (its Analysis fits these shapes as it is) or the extractor over gRPC (see extraction.ts).

export interface CandidateFace {
  readonly detection: { readonly box: FaceBox; readonly score: number };
  readonly quality: { readonly score: number; readonly reasons: readonly string[] };
  /** L2-normalised; null when no embedding was made */
  readonly embedding: Float32Array | null;
}

export interface CandidateAnalysis<F extends CandidateFace = CandidateFace> {
  readonly width: number;
  readonly height: number;
  /** the faces kept, best detection score first */
  readonly faces: readonly F[];
  /** faces under the quality threshold */
  readonly rejected: ReadonlyArray<Pick<CandidateFace, 'detection' | 'quality'>>;
  /** the model that made the embeddings */
  readonly embedderId: string;
}

const boxOf = (face: CandidateFace) => face.detection.box;

/**
 * The faces a request works on: every face kept when multiFace, else the largest. NoFaceError when none is
 * left, saying whether the image had no face at all or only faces under the quality threshold, and why.
 */
export function pickFaces<F extends CandidateFace>(
  analysis: CandidateAnalysis<F>,
  field: string,
  multiFace: boolean,
): F[] {
  if (analysis.faces.length === 0) throw noFace(analysis, field);
  return multiFace ? [...analysis.faces] : [largest(analysis.faces, boxOf) as F];
}

export const largestFace = <F extends CandidateFace>(analysis: CandidateAnalysis<F>, field: string): F =>
  pickFaces(analysis, field, false)[0] as F;

function noFace(analysis: CandidateAnalysis, field: string): NoFaceError {
  if (analysis.rejected.length === 0) return new NoFaceError(`no face found in ${field}`);
  const reasons = [...new Set(analysis.rejected.flatMap((r) => r.quality.reasons))];
  const best = Math.max(...analysis.rejected.map((r) => r.quality.score));
  return new NoFaceError(
    `no face in ${field} is good enough: ${analysis.rejected.length} found, the best of quality ${best.toFixed(2)}` +
      (reasons.length > 0 ? ` (${reasons.join(', ')})` : '') +
      '; send a sharper, larger, frontal face or lower quality_threshold',
  );
}
