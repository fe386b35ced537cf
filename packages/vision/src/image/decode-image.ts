import type { Config } from '@freeface/config';
import sharp, { type Metadata } from 'sharp';
import type { RgbImage } from '../types.js';
import { ImageError } from '../vision-errors.js';
import { isSrgbProfile, jpegIccProfile } from './icc-profile.js';

/** The settings group `images` fields decoding reads: maxBytes, maxPixels, minSide (and decodeMaxSide). */
export type ImageLimits = Pick<Config['images'], 'maxBytes' | 'maxPixels' | 'minSide'> &
  Partial<Pick<Config['images'], 'decodeMaxSide'>>;

/** Decoded pixels, and the size of the image sent: larger than width x height when decoded downscaled. */
export interface DecodedImage extends RgbImage {
  /** the width of the image sent, orientation applied */
  readonly sourceWidth: number;
  readonly sourceHeight: number;
}

/** Formats we accept from callers; sharp reads more (SVG, TIFF, GIF, HEIF...), we refuse those on purpose. */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp'] as const;
type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** The accepted format the bytes announce by their signature (JPEG SOI, PNG signature, RIFF....WEBP), if any. */
export function sniffFormat(bytes: Uint8Array): AcceptedFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return undefined;
}

/**
 * Decodes JPEG, PNG or WebP bytes into interleaved 8-bit RGB with the EXIF orientation applied, in one sharp
 * round trip. Refuses what is empty, too many bytes, of another format (told by its signature), too many pixels
 * (decompression bombs: sharp's limitInputPixels checks the header before any pixel is decoded), unreadable, or
 * under images.minSide on a side (too small to hold a face). Transparent pixels are composed onto white.
 * An image whose longer side passes limits.decodeMaxSide is downscaled to it as it is decoded (libvips'
 * shrink-on-load for JPEG and WebP, a streaming resize for PNG), so its full-size pixels never sit in memory.
 * An embedded ICC profile is converted to sRGB, unless it is the sRGB profile itself (isSrgbProfile): that
 * conversion changes no pixel and costs about as much CPU as the decode.
 */
export async function decodeImage(bytes: Uint8Array, limits: ImageLimits): Promise<DecodedImage> {
  if (bytes.byteLength === 0) throw new ImageError('IMAGE_EMPTY', 'the image is empty (0 bytes)');
  if (bytes.byteLength > limits.maxBytes)
    throw new ImageError(
      'IMAGE_TOO_LARGE',
      `the image has ${bytes.byteLength} bytes; at most ${limits.maxBytes} are accepted`,
    );
  if (!sniffFormat(bytes)) {
    const meta = await readHeader(bytes);
    throw new ImageError(
      'IMAGE_UNSUPPORTED_FORMAT',
      `${meta.format ?? 'this'} images are not accepted; send ${ACCEPTED_FORMATS.join(', ')}`,
    );
  }
  const image = await decodePixels(bytes, limits.maxPixels, limits.decodeMaxSide);
  if (image.sourceWidth < limits.minSide || image.sourceHeight < limits.minSide)
    throw new ImageError(
      'IMAGE_TOO_SMALL',
      `the image is ${image.sourceWidth}x${image.sourceHeight} pixels; at least ${limits.minSide} are needed on each side to hold a face`,
    );
  return image;
}

async function decodePixels(bytes: Uint8Array, maxPixels: number, maxSide = Number.POSITIVE_INFINITY) {
  try {
    // A JPEG tells its profile in the markers read here, so one decoder call does: the size after orientation
    // comes out of the decode, and the size sent is asked for only when the decode may have shrunk it. Other
    // formats (and a JPEG whose profile segments do not add up): the header first (no pixel decoded), the size
    // after orientation saying whether to decode smaller, the profile whether its colours need converting.
    const jpegProfile = sniffFormat(bytes) === 'jpeg' ? jpegIccProfile(bytes) : undefined;
    const header = jpegProfile === undefined ? await sharp(bytes, { limitInputPixels: false }).metadata() : undefined;
    const profile = header ? header.icc : jpegProfile;
    // an sRGB profile converted to sRGB is the identity, at the cost of a second pass over every pixel
    const ignoreIcc = profile !== undefined && profile !== null && isSrgbProfile(profile);
    const oriented = header?.autoOrient ?? header;
    const shrink =
      oriented === undefined ? Number.isFinite(maxSide) : Math.max(oriented.width, oriented.height) > maxSide;
    let pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', ignoreIcc }).autoOrient();
    if (shrink)
      pipeline = pipeline.resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await pipeline
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`decoder gave ${info.channels} channels`);
    // decoded at maxSide: maybe shrunk, so the size sent comes from the header
    const source =
      shrink && Math.max(info.width, info.height) >= maxSide
        ? (oriented ?? (await orientedSize(bytes)))
        : { width: info.width, height: info.height };
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      sourceWidth: source.width,
      sourceHeight: source.height,
    };
  } catch (error) {
    if (!(error instanceof Error && /pixel limit/i.test(error.message))) throw toImageError(error);
    const { width = 0, height = 0 } = await readHeader(bytes);
    throw new ImageError(
      'IMAGE_TOO_MANY_PIXELS',
      `the image is ${width}x${height} (${width * height} pixels); at most ${maxPixels} pixels are accepted`,
      { cause: error },
    );
  }
}

/** The size of the image sent, orientation applied, from its header. */
async function orientedSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const header = await readHeader(bytes);
  return header.autoOrient ?? header;
}

/** Format and size from the header alone (no pixel is decoded, so no pixel limit is needed). */
async function readHeader(bytes: Uint8Array): Promise<Metadata> {
  try {
    return await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw toImageError(error);
  }
}

/**
 * The decoder's own words (libvips: file names, internal function names) stay out of the message a caller
 * reads; they travel as the cause, which the servers log.
 */
function toImageError(error: unknown): ImageError {
  if (error instanceof ImageError) return error;
  return new ImageError(
    'IMAGE_UNREADABLE',
    `the image cannot be read: it is damaged or cut short; send a whole ${ACCEPTED_FORMATS.join(', ')} file`,
    { cause: error },
  );
}
