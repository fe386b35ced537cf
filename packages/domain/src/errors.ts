import type { ErrorCode } from './error-status.js';

/**
 * Errors with a stable code. One table (error-status.ts) gives each code its HTTP and gRPC statuses and
 * whether a retry can help; messages are for a person and never carry a stack trace.
 */
export class FreeFaceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    super(message, options);
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
  constructor(retryAfterSeconds: number, message = `too many requests; try again in ${retryAfterSeconds} s`) {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}

/** As many images are in hand and waiting as the settings allow; the same request can succeed a little later. */
export class OverloadedError extends FreeFaceError {
  constructor(retryAfterSeconds: number) {
    super('OVERLOADED', `the server is busy with other images; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

/** The client did not send its request (its body) within the time the server waits. */
export class RequestTimeoutError extends FreeFaceError {
  constructor(message: string) {
    super('REQUEST_TIMEOUT', message);
  }
}
