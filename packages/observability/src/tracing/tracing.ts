// Tracing of a process: a tracer provider that samples by settings telemetry.sampleRatio and exports over
// OTLP/HTTP (Jaeger and the OpenTelemetry Collector take it), W3C trace context as the propagator.
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP base URL, e.g. http://jaeger:4318; tracing stays off when undefined */
  endpoint: string | undefined;
  /** share of new traces recorded (settings telemetry.sampleRatio); default 1 */
  sampleRatio?: number | undefined;
  /** how often spans are sent (ms); default 1000 */
  exportEveryMs?: number | undefined;
}

export interface Tracing {
  readonly enabled: boolean;
  /** flushes pending spans and stops exporting */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing with OTLP export, or nothing when no endpoint is set. The spans of the
 * instrumentations (enableInstrumentations()) and of withSpan() go to it. A trace continued from a caller
 * (traceparent) keeps the caller's sampling decision; a new one is sampled at sampleRatio.
 */
export function startTracing({
  serviceName,
  endpoint,
  sampleRatio = 1,
  exportEveryMs = 1000,
}: TracingOptions): Tracing {
  if (!endpoint) return { enabled: false, shutdown: async () => {} };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(sampleRatio) }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: new URL('/v1/traces', endpoint).toString() }), {
        scheduledDelayMillis: exportEveryMs,
      }),
    ],
  });
  provider.register({
    contextManager: new AsyncLocalStorageContextManager(),
    propagator: new W3CTraceContextPropagator(),
  });
  return {
    enabled: true,
    async shutdown() {
      await provider.shutdown();
      // the process's globals go with it, so that tracing can be started again (tests do)
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}
