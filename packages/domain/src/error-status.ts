// The one place where error codes become HTTP and gRPC statuses. Every error the platform raises on
// purpose carries a stable `code` (domain errors, vision's image and model errors); anything else is
// an internal error: a 500 / INTERNAL with a generic message, and the details go to the log only.

/** gRPC status codes (grpc/status.h); numbers so this stays free of any gRPC library. */
export const GrpcStatus = {
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

interface Status {
  http: number;
  grpc: number;
}

const STATUS_BY_CODE: Record<string, Status> = {
  NOT_FOUND: { http: 404, grpc: GrpcStatus.NOT_FOUND },
  CONFLICT: { http: 409, grpc: GrpcStatus.ALREADY_EXISTS },
  INVALID_ARGUMENT: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  UNAUTHENTICATED: { http: 401, grpc: GrpcStatus.UNAUTHENTICATED },
  FORBIDDEN: { http: 403, grpc: GrpcStatus.PERMISSION_DENIED },
  RATE_LIMITED: { http: 429, grpc: GrpcStatus.RESOURCE_EXHAUSTED },
  PAYLOAD_TOO_LARGE: { http: 413, grpc: GrpcStatus.INVALID_ARGUMENT },
  NO_FACE: { http: 422, grpc: GrpcStatus.FAILED_PRECONDITION },
  UNAVAILABLE: { http: 503, grpc: GrpcStatus.UNAVAILABLE },
  // vision: images the caller sent
  IMAGE_EMPTY: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  IMAGE_UNREADABLE: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  IMAGE_UNSUPPORTED_FORMAT: { http: 415, grpc: GrpcStatus.INVALID_ARGUMENT },
  IMAGE_TOO_LARGE: { http: 413, grpc: GrpcStatus.INVALID_ARGUMENT },
  IMAGE_TOO_MANY_PIXELS: { http: 413, grpc: GrpcStatus.INVALID_ARGUMENT },
  IMAGE_TOO_SMALL: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  // vision: models, an operator's problem
  MODEL_UNKNOWN: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT },
  MODEL_MISSING: { http: 503, grpc: GrpcStatus.FAILED_PRECONDITION },
  MODEL_NOT_SUPPORTED: { http: 503, grpc: GrpcStatus.FAILED_PRECONDITION },
};

const INTERNAL: Status = { http: 500, grpc: GrpcStatus.INTERNAL };

/** The stable code of an error raised on purpose, or undefined for anything else. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in STATUS_BY_CODE ? code : undefined;
}

export function httpStatusOf(error: unknown): number {
  const code = errorCodeOf(error);
  return code ? (STATUS_BY_CODE[code] ?? INTERNAL).http : INTERNAL.http;
}

export function grpcStatusOf(error: unknown): number {
  const code = errorCodeOf(error);
  return code ? (STATUS_BY_CODE[code] ?? INTERNAL).grpc : INTERNAL.grpc;
}
