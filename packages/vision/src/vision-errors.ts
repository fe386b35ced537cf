/** Stable codes for everything the vision package refuses; the API maps them to 4xx/5xx in one place. */
export type VisionErrorCode =
  | 'IMAGE_EMPTY'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_TOO_MANY_PIXELS'
  | 'IMAGE_TOO_SMALL'
  | 'IMAGE_UNREADABLE'
  | 'IMAGE_UNSUPPORTED_FORMAT'
  | 'MODEL_UNKNOWN'
  | 'MODEL_MISSING'
  | 'MODEL_CHECKSUM_MISMATCH'
  | 'MODEL_DOWNLOAD_FAILED'
  | 'MODEL_NOT_SUPPORTED'
  | 'MODEL_BAD_OUTPUT';

export class VisionError extends Error {
  constructor(
    readonly code: VisionErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The caller sent an image we will not decode: a 4xx, with a message the caller can act on. */
export class ImageError extends VisionError {}

/** A model is unknown, missing, corrupt or misbehaving: an operator's problem, not the caller's. */
export class ModelError extends VisionError {}
