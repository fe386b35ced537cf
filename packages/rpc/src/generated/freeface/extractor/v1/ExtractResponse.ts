// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

import type { ImageInfo as _freeface_extractor_v1_ImageInfo, ImageInfo__Output as _freeface_extractor_v1_ImageInfo__Output } from '../../../freeface/extractor/v1/ImageInfo.js';
import type { ExtractedFace as _freeface_extractor_v1_ExtractedFace, ExtractedFace__Output as _freeface_extractor_v1_ExtractedFace__Output } from '../../../freeface/extractor/v1/ExtractedFace.js';
import type { DetectedFace as _freeface_extractor_v1_DetectedFace, DetectedFace__Output as _freeface_extractor_v1_DetectedFace__Output } from '../../../freeface/extractor/v1/DetectedFace.js';
import type { StageTimings as _freeface_extractor_v1_StageTimings, StageTimings__Output as _freeface_extractor_v1_StageTimings__Output } from '../../../freeface/extractor/v1/StageTimings.js';

export interface ExtractResponse {
  'image'?: (_freeface_extractor_v1_ImageInfo | null);
  'detectorModelId'?: (string);
  /**
   * the embedder that made every embedding of this response
   */
  'embedderModelId'?: (string);
  /**
   * length of every embedding
   */
  'dimension'?: (number);
  /**
   * faces at or above min_quality, best detection score first, each with its embedding
   */
  'faces'?: (_freeface_extractor_v1_ExtractedFace)[];
  /**
   * faces under min_quality, not embedded (empty when drop_below_quality is set)
   */
  'rejectedFaces'?: (_freeface_extractor_v1_DetectedFace)[];
  'timings'?: (_freeface_extractor_v1_StageTimings | null);
  /**
   * cosine similarity from which two embeddings of this embedder are the same person (settings
   * matching.threshold, else the embedder's measured threshold from models/manifest.json)
   */
  'matchThreshold'?: (number | string);
}

export interface ExtractResponse__Output {
  'image': (_freeface_extractor_v1_ImageInfo__Output | null);
  'detectorModelId': (string);
  /**
   * the embedder that made every embedding of this response
   */
  'embedderModelId': (string);
  /**
   * length of every embedding
   */
  'dimension': (number);
  /**
   * faces at or above min_quality, best detection score first, each with its embedding
   */
  'faces': (_freeface_extractor_v1_ExtractedFace__Output)[];
  /**
   * faces under min_quality, not embedded (empty when drop_below_quality is set)
   */
  'rejectedFaces': (_freeface_extractor_v1_DetectedFace__Output)[];
  'timings': (_freeface_extractor_v1_StageTimings__Output | null);
  /**
   * cosine similarity from which two embeddings of this embedder are the same person (settings
   * matching.threshold, else the embedder's measured threshold from models/manifest.json)
   */
  'matchThreshold': (number);
}
