import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/** What identifies the work in progress: put on every log line written while it runs. */
export interface LogContext {
  requestId?: string;
  jobId?: string;
  [key: string]: unknown;
}

const context = new AsyncLocalStorage<LogContext>();

/** Runs fn with ctx attached to every log line written inside it, however deep the calls go. */
export function withLogContext<T>(ctx: LogContext, fn: () => T): T {
  return context.run({ ...context.getStore(), ...ctx }, fn);
}

export function currentLogContext(): LogContext | undefined {
  return context.getStore();
}

/**
 * The current log context without the fields the logger already carries as bindings (a request logger bound to
 * its requestId), so that no line names a field twice.
 */
function contextNotBound(logger: Logger): LogContext {
  const store = context.getStore();
  if (!store) return {};
  const bound = (logger as unknown as Record<symbol, string | undefined>)[pino.symbols.chindingsSym] ?? '';
  if (bound === '') return store;
  const free: LogContext = {};
  for (const [key, value] of Object.entries(store)) if (!bound.includes(`"${key}":`)) free[key] = value;
  return free;
}

export interface LoggerOptions {
  /** the service or package writing the lines, e.g. "api-server" */
  name: string;
  level?: string;
  /** where lines go; standard output unless given (tests pass a stream) */
  destination?: pino.DestinationStream;
}

/** One logger per service or package; lines carry the request or job id of the current LogContext. */
export function createLogger({ name, level = 'info', destination }: LoggerOptions): Logger {
  return pino(
    {
      name,
      level,
      mixin: (_merge, _level, logger) => contextNotBound(logger),
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['password', '*.password', 'authorization', '*.authorization', 'secret', '*.secret'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
