// @freeface/vision: model registry, image decoding, detectors, alignment, quality, embedders, and the
// FaceAnalyzer that chains them.

export { alignFace, alignmentTransform, correspondences } from './align/align-face.js';
export { type CorePoints, corePoints } from './align/face-points.js';
export { ARCFACE_112, DLIB_150, FACE_TEMPLATES, FACENET_160, faceTemplate } from './align/face-templates.js';
export {
  applySimilarity,
  estimateSimilarity,
  invertSimilarity,
  type Similarity,
  similarityAngle,
  similarityScale,
} from './align/similarity-transform.js';
export { warpSimilarity } from './align/warp-affine.js';
export { BlazeFaceDetector } from './detect/blazeface.detector.js';
export { createDetector, type DetectorDeps } from './detect/create-detector.js';
export type { DetectorOptions, FaceDetector } from './detect/face-detector.js';
export { iou, nonMaxSuppression, weightedNonMaxSuppression } from './detect/nms.js';
export { RetinaFaceDetector, type RetinaFaceOptions } from './detect/retinaface.detector.js';
export { type BatchEmbedder, BatchingEmbedder, type EmbedBatching, withBatching } from './embed/batching.embedder.js';
export { createEmbedder, type EmbedderDeps, embedBatching, embedderSpec } from './embed/create-embedder.js';
export type { Embedder } from './embed/embedder.js';
export { l2Normalize } from './embed/l2-normalize.js';
export { OnnxEmbedder, type OnnxEmbedderSpec } from './embed/onnx.embedder.js';
export { RecordingEmbedder } from './embed/recording-embedder.js';
export {
  type Analysis,
  type AnalyzedFace,
  type AnalyzeOptions,
  type AnalyzerSettings,
  createFaceAnalyzer,
  type DetailedOptions,
  FaceAnalyzer,
  type ImagePipeline,
  type ImageRequest,
  type ImageRun,
} from './face-analyzer.js';
export {
  ACCEPTED_FORMATS,
  type DecodedImage,
  decodeImage,
  type ImageLimits,
  sniffFormat,
} from './image/decode-image.js';
export { faceThumbnail, type ThumbnailOptions } from './image/face-thumbnail.js';
export { type PixelFormat, toTensorData } from './image/to-tensor.js';
export type { ModelEntry, ModelManifest, WeightsSource } from './models/model-manifest.schema.js';
export { modelManifestSchema } from './models/model-manifest.schema.js';
export { DEFAULT_MANIFEST_PATH, type ModelLocation, ModelRegistry } from './models/model-registry.js';
export {
  type CommandContext as ModelsCommandContext,
  runModelsCommand,
  USAGE as MODELS_USAGE,
} from './models/models-command.js';
export {
  type PreparationStep,
  type PreparedModel,
  registerPreparationStep,
  runPreparationStep,
} from './models/preparation-steps.js';
export { pullModel } from './models/pull-model.js';
export { type ExecutionProvider, OnnxSessions, type OnnxSettings } from './onnx/onnx-sessions.js';
export { chooseModels, openVision, type Vision } from './open-vision.js';
export { ImagePool, imageWorkerThreads, workerOnnxSettings } from './pool/image-pool.js';
export { ThreadPool, type ThreadPoolOptions } from './pool/thread-pool.js';
export {
  assessQuality,
  type FaceQuality,
  POSE_LIMITS,
  type QualityReason,
  type QualitySettings,
} from './quality/assess-quality.js';
export { estimatePose, type PoseEstimate } from './quality/pose.js';
export { faceSharpness } from './quality/sharpness.js';
export type * from './types.js';
export { ImageError, ModelError, VisionError, type VisionErrorCode } from './vision-errors.js';
export { imageWorkLimits, type RunOptions, WorkLimiter, type WorkLimits } from './work-limiter.js';
