import type { Logger } from '@freeface/observability';
import type { DetectedFace, ExtractorClient, ExtractResult } from '@freeface/rpc';
import { RpcError } from '@freeface/rpc';
import type { CandidateAnalysis, CandidateFace } from '../face-choice.js';
import { type BackoffOptions, withRetries } from './backoff.js';
import type { BatchExtraction, ExtractionOutcome, ImageToExtract } from './batch-extraction.js';
import type { CircuitBreaker } from './circuit-breaker.js';

/** Failures of the extractor (not of an image): worth a retry, and counted by the circuit breaker. */
const TRANSIENT = new Set([
  'UNAVAILABLE',
  'DEADLINE_EXCEEDED',
  'RESOURCE_EXHAUSTED',
  'CANCELLED',
  'ABORTED',
  'UNKNOWN',
]);
export const isTransientRpcError = (error: unknown): boolean =>
  error instanceof RpcError && TRANSIENT.has(error.status);

const candidate = (face: DetectedFace, embedding: Float32Array | null): CandidateFace => ({
  detection: { box: face.box, score: face.score },
  quality: { score: face.quality.score, reasons: face.quality.reasons },
  embedding,
});

/** The extractor's answer in the shape enrollment takes (the same as the in-process analyzer's). */
export const analysisOf = (result: ExtractResult): CandidateAnalysis => ({
  width: result.image.width,
  height: result.image.height,
  embedderId: result.embedderModelId,
  faces: result.faces.map((f) => candidate(f, f.embedding)),
  rejected: result.rejectedFaces.map((f) => candidate(f, null)),
});

export interface GrpcExtractionOptions {
  /** images per ExtractBatch call (settings enroll.batchSize, at most extractor.maxBatchImages) */
  readonly batchSize: number;
  readonly retry: BackoffOptions;
  readonly breaker: CircuitBreaker;
  readonly logger: Logger;
}

/**
 * The extractor service over gRPC, in ExtractBatch calls, each with the client's deadline, retried with
 * exponential backoff when the extractor (not the image) failed, behind a circuit breaker.
 */
export class GrpcBatchExtraction implements BatchExtraction {
  constructor(
    private readonly client: ExtractorClient,
    private readonly options: GrpcExtractionOptions,
  ) {}

  async extract(
    images: readonly ImageToExtract[],
    options: { readonly minQuality?: number | undefined },
  ): Promise<ExtractionOutcome[]> {
    const { batchSize, retry, breaker, logger } = this.options;
    const outcomes: ExtractionOutcome[] = [];
    for (let start = 0; start < images.length; start += batchSize) {
      const chunk = images.slice(start, start + batchSize).map(({ id, bytes }) => ({ id, image: bytes }));
      const call = () =>
        breaker.call(
          () =>
            this.client.extractBatch(chunk, options.minQuality !== undefined ? { minQuality: options.minQuality } : {}),
          isTransientRpcError,
        );
      const results = await withRetries(call, isTransientRpcError, retry, (error, n) =>
        logger.warn({ err: error, retry: n, images: chunk.length }, 'extractor call failed; trying again'),
      );
      for (const r of results) {
        outcomes.push(
          r.ok
            ? { id: r.id, ok: true, analysis: analysisOf(r.result) }
            : { id: r.id, ok: false, code: r.failure.code, message: r.failure.message },
        );
      }
    }
    return outcomes;
  }
}
