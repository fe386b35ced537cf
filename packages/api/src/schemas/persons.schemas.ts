import { type Appearance, measureJson, PERSON_ORDERS, type Person } from '@freeface/domain';
import type { FaceSummary } from '@freeface/enrollment';
import { z } from 'zod';
import { deletionOf } from '../http/deleted.js';
import { id, location, nextPageToken, pageQuery, toIso } from './common.schemas.js';
import { externalId } from './faces.schemas.js';

const name = z.string().min(1).max(256);
const metadata = z
  .record(z.string(), z.unknown())
  .describe(
    'any JSON object the caller wants kept with the person, within the limits of the settings (default: nested ' +
      'at most 8 levels deep, 256 keys in all, 16 KiB as JSON); beyond one, a 400 that names it',
  );

const retentionDays = z
  .number()
  .int()
  .min(0)
  .max(36_500)
  .describe(
    "days this person's appearances are kept, overriding FREEFACE_RETENTION_APPEARANCE_DAYS (0: for ever; null: the setting)",
  );

export const createPersonBody = z.object({
  external_id: externalId.optional().describe("the caller's own id for the person; unique (409 when taken)"),
  name: name.optional(),
  metadata: metadata.optional(),
  retention_days: retentionDays.optional(),
});

export const updatePersonBody = z
  .object({
    external_id: externalId.nullable().optional(),
    name: name.nullable().optional(),
    metadata: metadata.optional(),
    retention_days: retentionDays.nullable().optional(),
  })
  .describe('the fields sent replace the stored ones; a field left out stays; null clears external_id or name');

export const person = z.object({
  person_id: z.string(),
  external_id: z.string().nullable(),
  name: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  retention_days: z.number().int().nullable().describe('null: the retention setting applies'),
  face_count: z.number().int().min(0).describe('how many faces the person has'),
  cover_face_id: z
    .string()
    .nullable()
    .describe(
      "the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces",
    ),
  created_at: z.string(),
  updated_at: z.string(),
});

export const personIdParams = z.object({ person_id: id('person') });
export const externalIdParams = z.object({ external_id: externalId });

export const listQuery = z.object(pageQuery);
export const personListQuery = z.object({
  ...pageQuery,
  order: z
    .enum(PERSON_ORDERS)
    .default('newest')
    .describe(
      'newest: by creation time, newest first (ties by person_id); name: by name ignoring case, persons without a ' +
        'name last (ties by person_id). A page token continues the order it came from.',
    ),
  q: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe(
      'only the persons whose name or external id contains this text, ignoring case, over the whole collection in ' +
        'the order asked; a page may hold fewer persons than limit while next_page_token goes on',
    ),
});
export const personPage = z.object({ persons: z.array(person), next_page_token: nextPageToken });

export const byExternalIdsQuery = z.object({
  external_ids: z
    .string()
    .min(1)
    .describe('comma-separated, at most 100')
    .transform((text) => [
      ...new Set(
        text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .refine((ids) => ids.length >= 1 && ids.length <= 100, 'name from 1 to 100 external ids'),
});
export const personsByExternalIds = z.object({
  persons: z.array(person).describe('in the order asked'),
  missing: z.array(z.string()).describe('the external ids nobody has'),
});

export const deletedPerson = deletionOf('person_id', true);

export const appearance = z.object({
  person_id: z.string(),
  seen_at: z.string(),
  appearance_id: z.string().describe('the face as seen in that image (the same image and face give the same id)'),
  image_id: z.string().describe('sha256 of the photo; GET /images/{image_id} has it when it was enrolled'),
  similarity: z.number(),
  source_id: z.string().nullable(),
  location: location.nullable(),
});
export const appearancePage = z.object({ appearances: z.array(appearance), next_page_token: nextPageToken });

const optionalNumber = (min: number, max: number) => z.coerce.number().min(min).max(max).optional();

export const appearancesQuery = z
  .object({
    ...pageQuery,
    from: z.iso.datetime({ offset: true }).optional().describe('from this time on (inclusive), ISO 8601'),
    to: z.iso.datetime({ offset: true }).optional().describe('before this time (exclusive), ISO 8601'),
    lat: optionalNumber(-90, 90).describe('with lon and radius_km: appearances within radius_km of this point'),
    lon: optionalNumber(-180, 180),
    radius_km: z.coerce.number().positive().max(20_040).optional(),
    min_lat: optionalNumber(-90, 90).describe('with min_lon, max_lat, max_lon: appearances inside this box'),
    min_lon: optionalNumber(-180, 180).describe('min_lon > max_lon: a box across the antimeridian'),
    max_lat: optionalNumber(-90, 90),
    max_lon: optionalNumber(-180, 180),
  })
  .superRefine((q, ctx) => {
    const radius = [q.lat, q.lon, q.radius_km];
    const box = [q.min_lat, q.min_lon, q.max_lat, q.max_lon];
    const some = (values: unknown[]) => values.some((v) => v !== undefined);
    const all = (values: unknown[]) => values.every((v) => v !== undefined);
    if (some(radius) && !all(radius)) ctx.addIssue({ code: 'custom', message: 'lat, lon and radius_km go together' });
    if (some(box) && !all(box))
      ctx.addIssue({ code: 'custom', message: 'min_lat, min_lon, max_lat and max_lon go together' });
    if (some(radius) && some(box))
      ctx.addIssue({ code: 'custom', message: 'filter by a radius or by a box, not both' });
    if (q.min_lat !== undefined && q.max_lat !== undefined && q.min_lat > q.max_lat)
      ctx.addIssue({ code: 'custom', message: 'min_lat is greater than max_lat' });
    if (q.from !== undefined && q.to !== undefined && Date.parse(q.from) >= Date.parse(q.to))
      ctx.addIssue({ code: 'custom', message: 'from must be before to' });
  });

/** deeper stored metadata (kept from before the limits) is not shown: serialising it could overflow the stack */
const SHOWABLE_DEPTH = 512;

/**
 * The metadata as shown. A stored record that cannot be shown must not break the page or the person that
 * holds it, so its metadata is replaced by a marker that says why and how to fix it (rather than leaving the
 * person out of its page, which would hide it from the very caller who has to fix it).
 */
function showableMetadata(p: Person): Record<string, unknown> {
  const { depth } = measureJson(p.metadata);
  if (depth <= SHOWABLE_DEPTH) return p.metadata;
  return {
    _freeface_error: `the stored metadata is nested ${depth} levels deep and cannot be shown; PUT /persons/${p.id} with new metadata replaces it`,
  };
}

export const showPerson = (p: Person, faces: FaceSummary): z.infer<typeof person> => ({
  person_id: p.id,
  external_id: p.externalId ?? null,
  name: p.name ?? null,
  metadata: showableMetadata(p),
  retention_days: p.retentionDays ?? null,
  face_count: faces.faceCount,
  cover_face_id: faces.coverFaceId ?? null,
  created_at: toIso(p.createdAt),
  updated_at: toIso(p.updatedAt),
});

export const showAppearance = (a: Appearance): z.infer<typeof appearance> => ({
  person_id: a.personId,
  seen_at: toIso(a.seenAt),
  appearance_id: a.appearanceId,
  image_id: a.imageId,
  similarity: a.similarity,
  source_id: a.sourceId ?? null,
  location: a.location ?? null,
});
