import { createEnrollmentServices, type EnrollmentServices } from '@freeface/enrollment';
import type { AppDeps } from '../app-deps.js';
import { analyzeField } from './face-analysis.js';
import { RecognitionService } from './recognition.service.js';

/** The services behind the face, person and image endpoints, made once per app. */
export interface FaceServices extends EnrollmentServices {
  readonly recognition: RecognitionService;
}

export function createFaceServices({ config, logger, storage, analyzer, events }: AppDeps): FaceServices {
  const shared = createEnrollmentServices({
    config,
    logger,
    storage,
    bus: events.bus,
    topics: events.topics,
    embedder: analyzer.current,
    extract: (bytes, options) => analyzeField(analyzer, 'image_data', bytes, options),
  });
  const recognition = new RecognitionService({
    metadata: storage.metadata,
    analyzer,
    indexes: shared.indexes,
    appearances: shared.appearances,
    evidence: shared.evidence,
    storeEvidence: config.matching.storeEvidence,
    defaultTopK: config.matching.topK,
  });
  return { ...shared, recognition };
}
