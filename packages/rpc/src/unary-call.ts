import { randomUUID } from 'node:crypto';
import { type Logger, withLogContext, withSpan } from '@freeface/observability';
import type { handleUnaryCall, ServerUnaryCall } from '@grpc/grpc-js';
import { type ErrorReport, reportOf, toStatusObject } from './grpc-errors.js';

/** Metadata key of the request id; the client sends the one of its own request, the server makes one otherwise. */
export const REQUEST_ID_KEY = 'x-request-id';

/** What a finished call reports to whoever counts calls (metrics). */
export interface CallRecord {
  readonly method: string;
  /** gRPC status name, OK on success */
  readonly status: string;
  /** stable code of the failure; undefined on success */
  readonly code?: string;
  readonly seconds: number;
}

export interface CallContext {
  readonly requestId: string;
  /** true once the client has gone (cancelled or past its deadline) */
  readonly cancelled: () => boolean;
}

export interface UnaryOptions {
  readonly logger: Logger;
  readonly onCall?: (record: CallRecord) => void;
}

const requestIdOf = (call: ServerUnaryCall<unknown, unknown>) => {
  const [value] = call.metadata.get(REQUEST_ID_KEY);
  return typeof value === 'string' && value.length > 0 && value.length <= 128 ? value : randomUUID();
};

/**
 * A gRPC unary handler from an async function of the request. Every call runs in a span and a log context with
 * its request id; whatever the function throws goes through reportOf() (the one mapping of codes to statuses),
 * so bad input is INVALID_ARGUMENT with its message and only accidents are INTERNAL (logged, never sent).
 */
export function unary<Req, Res>(
  method: string,
  handler: (request: Req, context: CallContext) => Promise<Res>,
  { logger, onCall }: UnaryOptions,
): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const requestId = requestIdOf(call as ServerUnaryCall<unknown, unknown>);
    const start = performance.now();
    const finish = (status: string, code?: string) =>
      onCall?.({ method, status, ...(code ? { code } : {}), seconds: (performance.now() - start) / 1000 });
    void withLogContext({ requestId }, () =>
      withSpan(`grpc ${method}`, async (span) => {
        span.setAttribute('rpc.method', method);
        try {
          const response = await handler(call.request, { requestId, cancelled: () => call.cancelled });
          finish('OK');
          callback(null, response);
        } catch (error) {
          const report = reportOf(error);
          log(logger, method, report, error);
          finish(report.statusName, report.code);
          callback(toStatusObject(report));
          throw error; // marks the span failed; already answered
        }
      }).catch(() => undefined),
    );
  };
}

function log(logger: Logger, method: string, report: ErrorReport, error: unknown): void {
  if (report.statusName === 'INTERNAL') logger.error({ err: error, method }, `${method} failed`);
  else logger.info({ method, status: report.statusName, code: report.code }, `${method}: ${report.message}`);
}
