import sharp, { type Metadata, type SharpOptions } from 'sharp';
import type { RgbImage } from '../types.js';
import { ImageError } from '../vision-errors.js';

/** Limits from settings group `images` (maxBytes, maxPixels). */
export interface ImageLimits {
  readonly maxBytes: number;
  readonly maxPixels: number;
}

/** Formats we accept from callers; sharp reads more (SVG, TIFF, GIF, HEIF...), we refuse those on purpose. */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp'] as const;
type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];

const isAccepted = (format: string | undefined): format is AcceptedFormat =>
  (ACCEPTED_FORMATS as readonly string[]).includes(format ?? '');

/**
 * Decodes JPEG, PNG or WebP bytes into interleaved 8-bit RGB with the EXIF orientation applied.
 * Refuses, before decoding any pixel, what is empty, too many bytes, too many pixels (decompression bombs:
 * the header is read first, and sharp's limitInputPixels guards the decoder as well), of another format,
 * or unreadable. Transparent pixels are composed onto white.
 */
export async function decodeImage(bytes: Uint8Array, limits: ImageLimits): Promise<RgbImage> {
  if (bytes.byteLength === 0) throw new ImageError('IMAGE_EMPTY', 'the image is empty (0 bytes)');
  if (bytes.byteLength > limits.maxBytes)
    throw new ImageError(
      'IMAGE_TOO_LARGE',
      `the image has ${bytes.byteLength} bytes; at most ${limits.maxBytes} are accepted`,
    );
  const options: SharpOptions = { limitInputPixels: limits.maxPixels, failOn: 'error' };
  const meta = await readHeader(bytes);
  if (!isAccepted(meta.format))
    throw new ImageError(
      'IMAGE_UNSUPPORTED_FORMAT',
      `${meta.format ?? 'this'} images are not accepted; send ${ACCEPTED_FORMATS.join(', ')}`,
    );
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width < 1 || height < 1) throw new ImageError('IMAGE_UNREADABLE', 'the image has no pixels');
  checkPixels(width, height, limits.maxPixels);
  try {
    const { data, info } = await sharp(bytes, options)
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoder gave ${info.channels} channels`);
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    throw toImageError(error);
  }
}

/** Format and size from the header alone (no pixel is decoded, so no pixel limit is needed yet). */
async function readHeader(bytes: Uint8Array): Promise<Metadata> {
  try {
    return await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw toImageError(error);
  }
}

function checkPixels(width: number, height: number, maxPixels: number): void {
  if (width * height > maxPixels)
    throw new ImageError(
      'IMAGE_TOO_MANY_PIXELS',
      `the image is ${width}x${height} (${width * height} pixels); at most ${maxPixels} pixels are accepted`,
    );
}

function toImageError(error: unknown): ImageError {
  if (error instanceof ImageError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(reason))
    return new ImageError('IMAGE_TOO_MANY_PIXELS', `the image has more pixels than accepted (${reason})`, {
      cause: error,
    });
  return new ImageError('IMAGE_UNREADABLE', `the image cannot be read: ${reason}`, { cause: error });
}
