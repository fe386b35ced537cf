import { type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP base URL, e.g. http://jaeger:4318; tracing stays off when undefined */
  endpoint: string | undefined;
}

export interface Tracing {
  readonly enabled: boolean;
  /** flushes pending spans and stops exporting */
  shutdown(): Promise<void>;
}

/** Starts OpenTelemetry tracing with OTLP export (Jaeger accepts OTLP), or nothing when no endpoint is set. */
export function startTracing({ serviceName, endpoint }: TracingOptions): Tracing {
  if (!endpoint) return { enabled: false, shutdown: async () => {} };
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    traceExporter: new OTLPTraceExporter({ url: new URL('/v1/traces', endpoint).toString() }),
  });
  sdk.start();
  return { enabled: true, shutdown: () => sdk.shutdown() };
}

/** Runs fn inside a span named name; records an exception and an error status when fn throws. */
export function withSpan<T>(name: string, fn: (span: Span) => Promise<T>, tracerName = 'freeface'): Promise<T> {
  return trace.getTracer(tracerName).startActiveSpan(name, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
