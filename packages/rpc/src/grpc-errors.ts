// Errors across gRPC, both ways, by the platform's one table (@freeface/domain error-status.ts): a server
// fails a call with the status of its error's code, a client turns the status back into a code
// (errorCodeOfGrpcStatus). The server's stable code itself travels in a trailing metadata key, so a client
// also knows exactly which error the server raised.
import {
  type ErrorCode,
  errorCodeOf,
  errorCodeOfGrpcStatus,
  FreeFaceError,
  GrpcStatus,
  grpcStatusOf,
} from '@freeface/domain';
import { Metadata, type ServiceError, type StatusObject, status } from '@grpc/grpc-js';

/** Trailing metadata key carrying the stable FreeFace code of a failed call, e.g. IMAGE_UNREADABLE. */
export const ERROR_CODE_KEY = 'freeface-error-code';

/** Message of errors raised by accident: their details go to the server log only. */
export const INTERNAL_MESSAGE = 'internal error; the server log has the details';

/** What a failed call tells the caller. */
export interface ErrorReport {
  /** gRPC status number */
  readonly status: number;
  /** gRPC status name, e.g. INVALID_ARGUMENT */
  readonly statusName: string;
  /** stable FreeFace code, or INTERNAL for an error raised by accident */
  readonly code: string;
  /** for a person; never a stack trace */
  readonly message: string;
}

export const statusName = (code: number): string => status[code] ?? 'UNKNOWN';

/** Turns any thrown value into what the caller is told: known codes keep their message, the rest is internal. */
export function reportOf(error: unknown): ErrorReport {
  const code = errorCodeOf(error);
  if (code === undefined || grpcStatusOf(error) === GrpcStatus.INTERNAL)
    return { status: status.INTERNAL, statusName: 'INTERNAL', code: code ?? 'INTERNAL', message: INTERNAL_MESSAGE };
  const grpc = grpcStatusOf(error);
  return { status: grpc, statusName: statusName(grpc), code, message: (error as Error).message };
}

/** The status object a handler's callback takes for a report. */
export function toStatusObject(report: ErrorReport): Partial<StatusObject> {
  const metadata = new Metadata();
  metadata.set(ERROR_CODE_KEY, report.code);
  return { code: report.status, details: report.message, metadata };
}

/** The client's view of a failed call: the platform error code for the status, the server's stable code in `reason`. */
export class RpcError extends FreeFaceError {
  constructor(
    code: ErrorCode,
    message: string,
    /** gRPC status name, e.g. DEADLINE_EXCEEDED */
    readonly status: string,
    /** the server's stable code (e.g. IMAGE_UNREADABLE), or the status name when the server sent none */
    readonly reason: string,
  ) {
    super(code, message, { status, reason });
  }
}

/** A failed call as an RpcError: INVALID_ARGUMENT stays INVALID_ARGUMENT, an unreachable server is UNAVAILABLE. */
export function fromServiceError(error: ServiceError, service: string): RpcError {
  const name = statusName(error.code);
  const reason = String(error.metadata?.get(ERROR_CODE_KEY)[0] ?? name);
  const code = errorCodeOfGrpcStatus(error.code);
  const message = error.details || error.message;
  return new RpcError(code, code === 'UNAVAILABLE' ? `${service}: ${message}` : message, name, reason);
}
