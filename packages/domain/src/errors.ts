/**
 * Errors with a stable code. One place (the API's error handler, the gRPC servers) maps codes to
 * HTTP and gRPC statuses; messages are for a person and never carry a stack trace.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_ARGUMENT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'NO_FACE'
  | 'INTERNAL';

export class FreeFaceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends FreeFaceError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} not found`, { what, id });
  }
}

export class ConflictError extends FreeFaceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

export class InvalidArgumentError extends FreeFaceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('INVALID_ARGUMENT', message, details);
  }
}

export class UnavailableError extends FreeFaceError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('UNAVAILABLE', message, details);
  }
}

/** The image decoded, but holds no face good enough to use. */
export class NoFaceError extends FreeFaceError {
  constructor(message = 'no face found in the image') {
    super('NO_FACE', message);
  }
}

export class UnauthenticatedError extends FreeFaceError {
  constructor(message = 'a valid access token or API key is required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends FreeFaceError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends FreeFaceError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `too many requests; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
