// @freeface/extractor: the face extraction gRPC service: pipeline, model pool, handlers; the runtime's extractor role serves it.
export { type PipelineRun, type PipelineSettings, runPipeline, type StageMs } from './extraction-pipeline.js';
export { BATCH_CONCURRENCY, extractorHandlers } from './extractor.grpc.js';
export { type ExtractorMetrics, extractorMetrics } from './extractor.metrics.js';
export { type ExtractorVision, ModelPool } from './model-pool.js';
export { type ExtractorServerDeps, startExtractorServer } from './start-extractor-server.js';
