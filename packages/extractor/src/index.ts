// @freeface/extractor: the face extraction gRPC service, for its own process (main.ts) or embedded in another.
export { type PipelineRun, type PipelineSettings, runPipeline, type StageMs } from './extraction-pipeline.js';
export { BATCH_CONCURRENCY, extractorHandlers } from './extractor.grpc.js';
export { type ExtractorMetrics, extractorMetrics } from './extractor.metrics.js';
export { type ExtractorVision, ModelPool } from './model-pool.js';
export { type ExtractorServerDeps, startExtractorServer } from './start-extractor-server.js';
