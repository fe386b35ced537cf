export { type AdminServer, type AdminServerOptions, startAdminServer } from './admin-server.js';
export { createLogger, currentLogContext, type LogContext, type Logger, withLogContext } from './logger.js';
export { LATENCY_BUCKETS, Metrics } from './metrics.js';
export { startTracing, type Tracing, withSpan } from './tracing.js';
