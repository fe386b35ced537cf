import type { Metrics } from '@freeface/observability';
import type { CallRecord } from '@freeface/rpc';
import type { PipelineRun } from './extraction-pipeline.js';

export type ExtractorMetrics = ReturnType<typeof extractorMetrics>;

/** The extractor's own metrics, in the service's registry beside the process metrics. */
export function extractorMetrics(metrics: Metrics) {
  const stages = metrics.histogram('extractor_stage_seconds', 'time per image in each pipeline stage', ['stage']);
  const faces = metrics.counter('extractor_faces_total', 'faces found: kept, or rejected under the quality threshold', [
    'outcome',
  ]);
  const errors = metrics.counter('extractor_errors_total', 'failed calls and failed batch images, by stable code', [
    'code',
  ]);
  const calls = metrics.histogram('extractor_call_seconds', 'gRPC calls by method and status', ['method', 'status']);
  const inference = metrics.histogram('extractor_inference_seconds', 'model inference per image, by model and task', [
    'model',
    'task',
  ]);
  const batchImages = metrics.histogram(
    'extractor_batch_images',
    'images per ExtractBatch call',
    [],
    [1, 2, 4, 8, 16, 32, 64, 128],
  );

  return {
    errors,
    /** One image through the pipeline. */
    observe(run: PipelineRun): void {
      for (const [stage, ms] of Object.entries(run.stagesMs)) stages.observe({ stage }, ms / 1000);
      inference.observe({ model: run.detectorId, task: 'detect' }, run.stagesMs.detect / 1000);
      if (run.aligned.length > 0)
        inference.observe({ model: run.embedderId, task: 'embed' }, run.stagesMs.embed / 1000);
      faces.inc({ outcome: 'kept' }, run.analysis.faces.length);
      faces.inc({ outcome: 'rejected' }, run.analysis.rejected.length);
    },
    /** the images of one ExtractBatch call */
    batch(images: number): void {
      batchImages.observe(images);
    },
    /** A finished gRPC call (the hook of @freeface/rpc's unary()). */
    onCall(record: CallRecord): void {
      calls.observe({ method: record.method, status: record.status }, record.seconds);
      if (record.code) errors.inc({ code: record.code });
    },
  };
}
