import { createHash } from 'node:crypto';
import { InvalidArgumentError } from '@freeface/domain';
import { ACCEPTED_FORMATS, ImageError } from '@freeface/vision';

// The image a request carries: base64 in a JSON field, turned into bytes with its content address and
// type, or refused with a message that names the field.

export interface ImageBytes {
  /** sha256 of the bytes, hex: the image id */
  readonly id: string;
  readonly bytes: Buffer;
  readonly contentType: 'image/jpeg' | 'image/png' | 'image/webp';
}

const DATA_URL = /^data:[\w.+-]+\/[\w.+-]+;base64,/i;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The content type from the first bytes, or undefined for anything but JPEG, PNG and WebP. */
export function sniffImageType(bytes: Uint8Array): ImageBytes['contentType'] | undefined {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Decodes the base64 of `field`. Refuses text that is not base64 (InvalidArgumentError), more than
 * maxBytes (before decoding: IMAGE_TOO_LARGE), and bytes that are no JPEG, PNG or WebP (IMAGE_UNREADABLE).
 */
export function decodeImageData(field: string, value: string, maxBytes: number): ImageBytes {
  const text = value.replace(DATA_URL, '').replace(/\s+/g, '');
  if (text.length === 0) throw new InvalidArgumentError(`${field} is empty: send the image as base64`);
  if (!BASE64.test(text)) {
    throw new InvalidArgumentError(`${field} is not base64: send the image bytes base64-encoded`, { field });
  }
  const size = Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  if (size > maxBytes) {
    throw new ImageError('IMAGE_TOO_LARGE', `${field} has ${size} bytes; at most ${maxBytes} are accepted`);
  }
  const bytes = Buffer.from(text, 'base64');
  const contentType = sniffImageType(bytes);
  if (!contentType) {
    throw new ImageError('IMAGE_UNREADABLE', `${field} is not an image: send ${ACCEPTED_FORMATS.join(', ')} bytes`);
  }
  return { id: sha256Hex(bytes), bytes, contentType };
}
