import { InvalidArgumentError } from '@freeface/domain';
import { type ImageBytes, sha256Hex, sniffImageType } from '@freeface/enrollment';
import { ACCEPTED_FORMATS, ImageError } from '@freeface/vision';

// The image a request carries: base64 in a JSON field, turned into bytes with its content address and
// type, or refused with a message that names the field.

export { type ImageBytes, sha256Hex, sniffImageType };

const DATA_URL = /^data:[\w.+-]+\/[\w.+-]+;base64,/i;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

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
