export { type AdminServer, type AdminServerOptions, startAdminServer } from './admin-server.js';
export { createLogger, currentLogContext, type LogContext, type Logger, withLogContext } from './logger.js';
export { LATENCY_BUCKETS, Metrics } from './metrics.js';
export {
  activeTraceContext,
  activeTraceIds,
  inTraceContext,
  type Span,
  SpanKind,
  type SpanOptions,
  type TraceContext,
  type TraceHeaders,
  traceHeaders,
  withSpan,
} from './tracing/spans.js';
export { startTracing, type Tracing, type TracingOptions } from './tracing/tracing.js';
