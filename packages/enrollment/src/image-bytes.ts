import { createHash } from 'node:crypto';

/** An image as the platform keeps it: its bytes, content address and type. */
export interface ImageBytes {
  /** sha256 of the bytes, hex: the image id */
  readonly id: string;
  readonly bytes: Buffer;
  readonly contentType: 'image/jpeg' | 'image/png' | 'image/webp';
}

/** The content type from the first bytes, or undefined for anything but JPEG, PNG and WebP. */
export function sniffImageType(bytes: Uint8Array): ImageBytes['contentType'] | undefined {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
