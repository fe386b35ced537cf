// The platform's one table of error codes: for each, its HTTP status, its gRPC status and whether a retry
// can help. The REST API's error handler, the gRPC servers and clients (@freeface/rpc grpc-errors.ts) and
// the enrollment job runner all read it. Every error the platform raises on purpose carries one of these
// codes (domain errors, the vision's image and model errors); anything else is an internal error: a 500 /
// INTERNAL with a generic message, and the details go to the log only.

/** gRPC status codes (grpc/status.h); numbers so this stays free of any gRPC library. */
export const GrpcStatus = {
  CANCELLED: 1,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

export interface ErrorFacts {
  /** the REST API's answer */
  readonly http: number;
  /** what a gRPC server fails the call with */
  readonly grpc: number;
  /** whether the same request can succeed later unchanged: a job is tried again, a caller may retry */
  readonly retryable: boolean;
}

const { INVALID_ARGUMENT, FAILED_PRECONDITION, INTERNAL } = GrpcStatus;
const caller = (http: number, grpc: number = INVALID_ARGUMENT): ErrorFacts => ({ http, grpc, retryable: false });
const transient = (http: number, grpc: number): ErrorFacts => ({ http, grpc, retryable: true });

export const ERROR_TABLE = {
  NOT_FOUND: caller(404, GrpcStatus.NOT_FOUND),
  CONFLICT: caller(409, GrpcStatus.ALREADY_EXISTS),
  INVALID_ARGUMENT: caller(400),
  UNAUTHENTICATED: caller(401, GrpcStatus.UNAUTHENTICATED),
  FORBIDDEN: caller(403, GrpcStatus.PERMISSION_DENIED),
  RATE_LIMITED: transient(429, GrpcStatus.RESOURCE_EXHAUSTED),
  PAYLOAD_TOO_LARGE: caller(413),
  // HTTP only: a method the path does not have, a path parameter or headers longer than the server reads
  METHOD_NOT_ALLOWED: caller(405),
  URI_TOO_LONG: caller(414),
  HEADERS_TOO_LARGE: caller(431),
  // the image holds no usable face whatever the server's state: the argument's problem
  NO_FACE: caller(422),
  UNAVAILABLE: transient(503, GrpcStatus.UNAVAILABLE),
  // the process has as many images in hand and waiting as its settings allow: try again after Retry-After
  OVERLOADED: transient(503, GrpcStatus.UNAVAILABLE),
  // the client took longer to send its request than the server waits (a trickling body)
  REQUEST_TIMEOUT: caller(408),
  INTERNAL: transient(500, INTERNAL),
  // vision: images the caller sent
  IMAGE_EMPTY: caller(400),
  IMAGE_UNREADABLE: caller(400),
  IMAGE_UNSUPPORTED_FORMAT: caller(415),
  IMAGE_TOO_LARGE: caller(413),
  IMAGE_TOO_MANY_PIXELS: caller(413),
  IMAGE_TOO_SMALL: caller(400),
  // vision: models. An unknown id is the caller's mistake; the rest is an operator's problem
  MODEL_UNKNOWN: caller(400),
  MODEL_MISSING: transient(503, FAILED_PRECONDITION),
  MODEL_NOT_SUPPORTED: transient(503, FAILED_PRECONDITION),
  MODEL_CHECKSUM_MISMATCH: transient(500, INTERNAL),
  MODEL_UNREADABLE: transient(500, INTERNAL),
  MODEL_DOWNLOAD_FAILED: transient(500, INTERNAL),
  MODEL_BAD_OUTPUT: transient(500, INTERNAL),
} as const satisfies Record<string, ErrorFacts>;

/** Every stable error code of the platform. */
export type ErrorCode = keyof typeof ERROR_TABLE;

export const ERROR_CODES = Object.keys(ERROR_TABLE) as ErrorCode[];

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(ERROR_TABLE, code);

/** The facts of a code; an unknown code is an internal error. */
export const errorFactsOf = (code: string): ErrorFacts =>
  isErrorCode(code) ? ERROR_TABLE[code] : ERROR_TABLE.INTERNAL;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * The stable code of an error raised on purpose, or undefined for anything else. A code whose gRPC status is
 * INTERNAL (INTERNAL itself, a model that misbehaves) counts as anything else: its message stays in the log.
 */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  const code = codeOf(error);
  return isErrorCode(code) && ERROR_TABLE[code].grpc !== INTERNAL ? code : undefined;
}

export const httpStatusOf = (error: unknown): number => errorFactsOf(errorCodeOf(error) ?? 'INTERNAL').http;

export const grpcStatusOf = (error: unknown): number => errorFactsOf(errorCodeOf(error) ?? 'INTERNAL').grpc;

/** Whether trying again can succeed: by the table for a coded error, yes for anything else (an accident). */
export const isRetryable = (error: unknown): boolean => isRetryableCode(codeOf(error));

/** The same for a code alone, e.g. the code of one failed image of a batch. */
export const isRetryableCode = (code: unknown): boolean =>
  errorFactsOf(isErrorCode(code) ? code : 'INTERNAL').retryable;

/** The statuses of the transport itself, never sent by a server of the platform: the call did not finish. */
const UNFINISHED: readonly number[] = [GrpcStatus.CANCELLED, GrpcStatus.DEADLINE_EXCEEDED];

function clientCode(status: number): ErrorCode {
  const codes = ERROR_CODES.filter((code) => ERROR_TABLE[code].grpc === status);
  const [only] = codes;
  if (codes.length === 1 && only) return only;
  const named = codes.find((code) => (GrpcStatus as Record<string, number>)[code] === status);
  if (named) return named;
  // several specific codes (FAILED_PRECONDITION: a model missing on the server) or none (the transport's)
  const retryable = codes.length > 0 ? codes.every((code) => ERROR_TABLE[code].retryable) : UNFINISHED.includes(status);
  return retryable ? 'UNAVAILABLE' : 'INTERNAL';
}

const CLIENT_CODES = new Map<number, ErrorCode>();

/**
 * The code a gRPC client gives a failed call by its status alone: the one code with that status (NOT_FOUND,
 * ALREADY_EXISTS: CONFLICT) or the one named like it (INVALID_ARGUMENT, of all the image errors); where the
 * status stands for several specific codes or for none, UNAVAILABLE when a retry can help (a model missing
 * on the server, a deadline passed) and INTERNAL otherwise. Either way the code keeps the table's answer to
 * "is it the caller's fault" and "can a retry help"; the server's own code travels beside it.
 */
export function errorCodeOfGrpcStatus(status: number): ErrorCode {
  let code = CLIENT_CODES.get(status);
  if (code === undefined) {
    code = clientCode(status);
    CLIENT_CODES.set(status, code);
  }
  return code;
}
