import sharp from 'sharp';
import type { Box } from '../types.js';

/** How a thumbnail is cut: a square around the face, `margin` of the face's longer side added on every side. */
export interface ThumbnailOptions {
  /** side of the square JPEG, pixels */
  size: number;
  /** added on each side, as a fraction of the face's longer side (0.25: a quarter) */
  margin: number;
}

/**
 * A square JPEG around a face box (in the pixels of the image with its EXIF orientation applied, as detection
 * gives them): the box's square widened by the margin, clipped to the image, resized to `size`.
 */
export async function faceThumbnail(bytes: Uint8Array, box: Box, { size, margin }: ThumbnailOptions): Promise<Buffer> {
  const oriented = sharp(bytes, { failOn: 'none' }).rotate();
  const { info } = await oriented.clone().raw().toBuffer({ resolveWithObject: true });
  const side = Math.max(box.width, box.height) * (1 + 2 * margin);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const left = Math.max(0, Math.floor(cx - side / 2));
  const top = Math.max(0, Math.floor(cy - side / 2));
  const width = Math.max(1, Math.min(info.width - left, Math.ceil(side)));
  const height = Math.max(1, Math.min(info.height - top, Math.ceil(side)));
  return oriented
    .extract({ left: Math.min(left, info.width - 1), top: Math.min(top, info.height - 1), width, height })
    .resize(size, size, { fit: 'cover' })
    .jpeg({ quality: 85 })
    .toBuffer();
}
