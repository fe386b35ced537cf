import type { DetectedFace, DetectResult, ExtractedFace, ExtractResult, StageTimings } from '@freeface/rpc';
import type { AlignedFace, Detection, FaceQuality } from '@freeface/vision';
import sharp from 'sharp';
import type { PipelineRun, StageMs } from './extraction-pipeline.js';

// A pipeline run as the extractor's results (@freeface/rpc shapes).

const detectedFace = ({ detection, quality }: { detection: Detection; quality: FaceQuality }): DetectedFace => ({
  box: detection.box,
  score: detection.score,
  landmarks: { kind: detection.landmarks.kind, points: detection.landmarks.points },
  quality: { score: quality.score, reasons: quality.reasons, measures: quality.measures },
});

const timings = (ms: StageMs): StageTimings => ({
  decodeMs: ms.decode,
  detectMs: ms.detect,
  qualityMs: ms.quality,
  alignMs: ms.align,
  embedMs: ms.embed,
});

const rejectedFaces = (run: PipelineRun, dropBelowQuality: boolean) =>
  dropBelowQuality ? [] : run.analysis.rejected.map(detectedFace);

/** PNG of an aligned crop. */
export async function encodePng(face: AlignedFace): Promise<Uint8Array> {
  const png = await sharp(face.data, { raw: { width: face.width, height: face.height, channels: 3 } })
    .png()
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

export function toDetectResult(run: PipelineRun, dropBelowQuality: boolean): DetectResult {
  return {
    image: { width: run.analysis.width, height: run.analysis.height },
    detectorModelId: run.detectorId,
    faces: run.analysis.faces.map(detectedFace),
    rejectedFaces: rejectedFaces(run, dropBelowQuality),
    timings: timings(run.stagesMs),
  };
}

export async function toExtractResult(
  run: PipelineRun,
  options: { readonly dropBelowQuality: boolean; readonly alignedCrops: boolean },
): Promise<ExtractResult> {
  const crops = options.alignedCrops ? await Promise.all(run.aligned.map(encodePng)) : [];
  const faces = run.analysis.faces.map(
    (face, i): ExtractedFace => ({
      ...detectedFace(face),
      embedding: face.embedding ?? new Float32Array(0),
      ...(crops[i] ? { alignedCrop: crops[i] } : {}),
    }),
  );
  return {
    ...toDetectResult(run, options.dropBelowQuality),
    embedderModelId: run.analysis.embedderId,
    dimension: run.dimension,
    faces,
    matchThreshold: run.matchThreshold,
  };
}
