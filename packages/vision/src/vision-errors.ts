import { type ErrorCode, FreeFaceError } from '@freeface/domain';

/**
 * Stable codes for everything the vision package refuses: the image and model codes of the platform's one
 * error table (@freeface/domain error-status.ts), which gives each its HTTP and gRPC status.
 */
export type VisionErrorCode = Extract<ErrorCode, `IMAGE_${string}` | `MODEL_${string}`>;

export class VisionError extends FreeFaceError {
  declare readonly code: VisionErrorCode;

  constructor(code: VisionErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, undefined, options);
  }
}

/** The caller sent an image we will not decode: a 4xx, with a message the caller can act on. */
export class ImageError extends VisionError {}

/** A model is unknown, missing, corrupt or misbehaving: an operator's problem, not the caller's. */
export class ModelError extends VisionError {}
