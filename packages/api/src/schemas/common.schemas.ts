import { z } from 'zod';

// Shapes several routes share: images in, boxes and places out, ids, pages.

export const imageData = z
  .string()
  .min(1, 'is empty')
  .describe('the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP');

export const bbox = z
  .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
  .describe('the face box in image pixels: x, y of the top left corner');

export const location = z
  .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
  .describe('where the photo was taken, in degrees (WGS 84)');

export const similarityThreshold = z
  .number()
  .min(-1)
  .max(1)
  .describe("cosine similarity from which two faces are the same person (default: the embedding model's own)");

export const qualityThreshold = z
  .number()
  .min(0)
  .max(1)
  .describe('faces under this quality score are left out (default: the quality.threshold setting)');

/** When and where a photo was taken, and by what: what turns a recognition into a appearance. */
export const appearanceContext = {
  seen_at: z.iso.datetime({ offset: true }).optional().describe('when the photo was taken, ISO 8601 (default: now)'),
  location: location.optional(),
  source_id: z.string().min(1).max(256).optional().describe('the camera or feed that took the photo'),
};

export const id = (what: string) => z.string().min(1).max(128).describe(`the ${what} id`);

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('items per page'),
  page_token: z
    .string()
    .min(1)
    .max(4096)
    .optional()
    .describe('next_page_token of the previous page of the same list, unchanged'),
};

export const nextPageToken = z
  .string()
  .nullable()
  .describe('pass as page_token for the next page; null on the last page (a page may hold fewer items than asked)');

export const toIso = (date: Date): string => date.toISOString();

/** The appearance context of a request body, as the services take it. */
export function contextOf(body: {
  seen_at?: string | undefined;
  location?: { lat: number; lon: number } | undefined;
  source_id?: string | undefined;
}) {
  return {
    seenAt: body.seen_at === undefined ? undefined : new Date(body.seen_at),
    location: body.location,
    sourceId: body.source_id,
  };
}
