import type { CandidateAnalysis } from '../face-choice.js';

export interface ImageToExtract {
  /** the caller's name for the image (the job id), echoed in its outcome */
  readonly id: string;
  readonly bytes: Uint8Array;
}

/** What became of one image: its analysis, or why the extractor refused it (the image's fault, final). */
export type ExtractionOutcome =
  | { readonly id: string; readonly ok: true; readonly analysis: CandidateAnalysis }
  | { readonly id: string; readonly ok: false; readonly code: string; readonly message: string };

/**
 * Faces and embeddings of many images at once. Resolves with one outcome per image, in order; rejects when
 * the extraction itself failed (no extractor, a deadline): then every image of the call may be tried again.
 */
export interface BatchExtraction {
  extract(
    images: readonly ImageToExtract[],
    options: { readonly minQuality?: number | undefined },
  ): Promise<ExtractionOutcome[]>;
}
