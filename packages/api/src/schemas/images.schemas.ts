import type { ImageRecord } from '@freeface/domain';
import { z } from 'zod';
import { toIso } from './common.schemas.js';

export const imageIdParams = z.object({
  image_id: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'an image id is the sha256 of the image: 64 lower-case hex digits')
    .describe('sha256 of the image bytes'),
});

export const image = z.object({
  image_id: z.string(),
  content_type: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  created_at: z.string(),
});

export const showImage = (i: ImageRecord): z.infer<typeof image> => ({
  image_id: i.id,
  content_type: i.contentType,
  width: i.width,
  height: i.height,
  bytes: i.bytes,
  created_at: toIso(i.createdAt),
});
