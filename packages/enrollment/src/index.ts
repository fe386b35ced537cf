// @freeface/enrollment: the face records' logic over the storage ports that the API and the async-enroll
// workers share (persons, faces, images, appearances, enrollment, enroll_async jobs), the worker pool of
// async enrollment, and webhooks.
export {
  type AppearanceContext,
  type AppearanceFilter,
  AppearanceService,
  appearanceIdOf,
  type ListingLimits,
} from './appearance.service.js';
export {
  type AsyncEnrollment,
  type AsyncEnrollmentDeps,
  consumerGroups,
  startAsyncEnrollment,
} from './async-enrollment.js';
export {
  type EnrollDeps,
  type Enrollment,
  type EnrollOptions,
  type EnrollRequest,
  EnrollService,
  type Extract,
} from './enroll.service.js';
export { type AsyncEnrollRequest, EnrollJobService } from './enroll-job.service.js';
export {
  createEnrollmentServices,
  type EnrollmentServices,
  type EnrollmentServicesDeps,
} from './enrollment-services.js';
export { type EvidenceMarker, EvidenceService, readEvidenceMarker } from './evidence/evidence.service.js';
export { FaceService, type Removed } from './face.service.js';
export { type CandidateAnalysis, type CandidateFace, largestFace, pickFaces } from './face-choice.js';
export { BusFaceEvents, type FaceEventSink, noFaceEvents } from './face-events.js';
export { jobFaceId, uuidFrom } from './face-ids.js';
export { betterCover, type FaceSummary, summarizeFaces } from './face-summary.js';
export { EVIDENCE_PREFIX, evidenceKey, ImageService, imageObjectKey } from './image.service.js';
export { type ImageBytes, sha256Hex, sniffImageType } from './image-bytes.js';
export { optionsOfJob, storedOptions, webhookKeyOf } from './job-options.js';
export {
  describeJob,
  errorOfJob,
  failureReason,
  type JobFaceView,
  type JobView,
  jobView,
  type WebhookView,
} from './job-view.js';
export { type LockOptions, Locks } from './locks.js';
export { type PersonChanges, type PersonFields, type PersonRef, PersonService } from './person.service.js';
export { MAX_SCANNED, type PersonSearch, personMatches } from './person-search.js';
export {
  EMBEDDER_STATE_KEY,
  type EmbedderRef,
  type EmbedderState,
  EmbedderStateStore,
  type ReindexProgress,
  type ReindexStatus,
} from './reindex/embedder-state.js';
export { type Reembed, type ReindexDeps, runReindex } from './reindex/reindexer.js';
export {
  type RetentionSettings,
  RetentionSweeper,
  type RetentionSweeperDeps,
  type RetentionTask,
  SWEEP_LOCK,
  type SweepReport,
} from './retention/retention-sweeper.js';
export {
  type EnrollmentWorkersDeps,
  startEnrollmentWorkers,
} from './start-enrollment-workers.js';
export { type EmbedderInfo, VectorIndexes } from './vector-indexes.js';
export { startWebhookDispatcher, type WebhookSettings, webhookBody } from './webhooks/webhook-dispatcher.js';
export { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER, verifyWebhook } from './webhooks/webhook-signature.js';
export { isPrivateAddress, parseWebhookUrl } from './webhooks/webhook-target.js';
export type { BatchExtraction, ExtractionOutcome, ImageToExtract } from './worker/batch-extraction.js';
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './worker/circuit-breaker.js';
export {
  type EnrollWorkers,
  type EnrollWorkersDeps,
  enrollWindowOf,
  startEnrollWorkers,
} from './worker/enroll-workers.js';
export { defaultEmbedder, type ExtractorLink, linkExtractor } from './worker/extractor-link.js';
export {
  analysisOf,
  GrpcBatchExtraction,
  type GrpcExtractionOptions,
  isTransientRpcError,
} from './worker/grpc-extraction.js';
export { LocalBatchExtraction } from './worker/local-extraction.js';
export { PriorityScheduler, parseWeights } from './worker/priority-scheduler.js';
