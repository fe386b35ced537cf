// Spans the platform makes itself, where no instrumentation package does (the embedded event bus, the storage
// ports: Milvus, HNSW, the folder store, SQLite), and the W3C trace context as headers for messages.
import {
  type Attributes,
  type Context,
  context,
  isSpanContextValid,
  type Link,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

export { type Span, SpanKind } from '@opentelemetry/api';

/** The trace context of work in progress, kept to continue it elsewhere (a job handed to a worker loop). */
export type TraceContext = Context;

/** W3C trace context as message headers: `traceparent` (and `tracestate` when there is one). */
export type TraceHeaders = Record<string, string>;

export interface SpanOptions {
  /** SERVER, CLIENT, PRODUCER, CONSUMER or INTERNAL (the default), as OpenTelemetry defines them */
  readonly kind?: SpanKind;
  readonly attributes?: Attributes;
  /** the trace the work belongs to: the headers of a message, or a context kept; default: the active one */
  readonly parent?: TraceHeaders | TraceContext | undefined;
  /** other traces the work serves too (a batch of jobs from several requests) */
  readonly links?: readonly TraceContext[] | undefined;
  /** the instrumentation scope: which part of the platform makes the span (default "freeface") */
  readonly tracer?: string;
}

/**
 * Runs fn inside a new active span, so that spans and log lines made inside are its children; records an
 * exception and an error status when fn throws.
 */
export function withSpan<T>(name: string, fn: (span: Span) => Promise<T>, options: SpanOptions = {}): Promise<T> {
  const parent = !options.parent
    ? context.active()
    : isContext(options.parent)
      ? options.parent
      : propagation.extract(context.active(), options.parent);
  const links = (options.links ?? []).flatMap((linked): Link[] => {
    const spanContext = trace.getSpanContext(linked);
    return spanContext && isSpanContextValid(spanContext) ? [{ context: spanContext }] : [];
  });
  const settings = { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links };
  return trace.getTracer(options.tracer ?? 'freeface').startActiveSpan(name, settings, parent, async (span) => {
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

const isContext = (value: TraceHeaders | TraceContext): value is TraceContext =>
  typeof (value as Partial<TraceContext>).getValue === 'function';

/** The trace context active now, to continue later with inTraceContext(). */
export const activeTraceContext = (): TraceContext => context.active();

/** Runs fn in a trace context kept before: its spans and log lines belong to that trace. */
export const inTraceContext = <T>(kept: TraceContext, fn: () => T): T => context.with(kept, fn);

/** The active trace context as headers, to send with a message or a request; empty when nothing is traced. */
export function traceHeaders(): TraceHeaders {
  const carrier: TraceHeaders = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** The active span's ids in the names of OpenTelemetry's log correlation; undefined outside a recorded trace. */
export function activeTraceIds(): { trace_id: string; span_id: string; trace_flags: string } | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  return {
    trace_id: spanContext.traceId,
    span_id: spanContext.spanId,
    trace_flags: `0${spanContext.traceFlags.toString(16)}`.slice(-2),
  };
}
