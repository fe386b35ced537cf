import type { EnrollJob, Face } from '@freeface/domain';
import { jobView } from '@freeface/enrollment';
import { z } from 'zod';
import { deletionOf } from '../http/deleted.js';
import {
  appearanceContext,
  bbox,
  id,
  imageData,
  nextPageToken,
  qualityThreshold,
  similarityThreshold,
  toIso,
} from './common.schemas.js';
import type { enrollJob } from './jobs.schemas.js';

export const externalId = z.string().min(1).max(256).describe("the caller's own id for the person");

const personRef = {
  person_id: id('person').optional().describe('the person to enroll under'),
  external_id: externalId
    .optional()
    .describe(
      "instead of person_id: the caller's id for the person; a person with it is created when nobody has it yet",
    ),
};

const oneOfPersonIdOrExternalId = (body: { person_id?: string | undefined; external_id?: string | undefined }) =>
  (body.person_id === undefined) !== (body.external_id === undefined);
const personRefMessage = { message: 'send person_id or external_id (exactly one of them)' };

const enrollFields = {
  ...personRef,
  image_data: imageData,
  enable_multi_face: z
    .boolean()
    .default(false)
    .describe('enroll every face of the image under the person; false: the largest face only'),
  quality_threshold: qualityThreshold.optional(),
  ...appearanceContext,
};

export const enrollBody = z
  .object(enrollFields)
  .refine(oneOfPersonIdOrExternalId, personRefMessage)
  .describe(
    'Enrolling the same image again for the same person makes no new faces: the faces made the first time come back (created: false). ' +
      'Given seen_at, location or source_id, each enrolled face is also recorded as a appearance of the person.',
  );

export const enrollAsyncBody = z
  .object({
    ...enrollFields,
    priority: z.enum(['critical', 'high', 'normal', 'low']).default('normal').describe('higher priorities run first'),
    webhook_url: z
      .string()
      .max(2048)
      .optional()
      .describe(
        'POSTed the job (as GET /faces/enroll/status/{job_id} shows it, without faces) when it ends, signed: x-freeface-signature is ' +
          '"sha256=" and the hex HMAC-SHA256 of "<x-freeface-timestamp>.<body>" keyed with the webhook secret of ' +
          'the API key making this request (webhooks need an API key). Public http(s) addresses only.',
      ),
  })
  .refine((body) => body.person_id === undefined || body.external_id === undefined, {
    message: 'send person_id or external_id, not both',
  })
  .describe(
    'With person_id or external_id, the faces are enrolled under that person; with neither, they belong to no ' +
      'person yet, and face-cluster groups them into persons.',
  );

export const enrolledFace = z.object({
  face_id: z.string(),
  person_id: z.string(),
  bbox,
  quality: z.number().describe('0 to 1: 1 is nothing against the face'),
  created: z.boolean().describe('false: this face of this image was enrolled for the person before'),
});

export const enrollment = z.object({
  person_id: z.string(),
  external_id: z.string().nullable(),
  image_id: z.string().describe('sha256 of the image: GET /images/{image_id}'),
  faces: z.array(enrolledFace),
});

export { enrollJob } from './jobs.schemas.js';

export const thumbnailQuery = z.object({
  size: z.coerce.number().int().min(16).max(1024).default(160).describe('side of the square JPEG, pixels'),
});

export const jobIdParams = z.object({ job_id: id('enrollment job') });
export const faceIdParams = z.object({ face_id: id('face') });

const includeCandidates = z
  .boolean()
  .default(false)
  .describe(
    'true: an unknown face also names the persons it came closest to under the threshold (at most 3, best first), ' +
      'for a human to review; nothing is recorded for them',
  );

/** A person a face came close to, under the threshold. */
export const candidate = z.object({
  person_id: z.string(),
  name: z.string().nullable(),
  external_id: z.string().nullable(),
  similarity: z.number().describe('of the most similar face of the person; under the threshold'),
});
const candidates = z.array(candidate).max(3);

export const searchBody = z.object({
  image_data: imageData,
  top_k: z.number().int().min(1).max(1000).optional().describe('most matches (default: the search.topK setting)'),
  threshold: similarityThreshold.optional(),
  include_candidates: includeCandidates,
});

export const searchResult = z.object({
  matches: z
    .array(
      z.object({
        face_id: z.string(),
        person_id: z.string().nullable().describe('null: a face of no person yet'),
        name: z.string().nullable().describe("the person's name"),
        external_id: z.string().nullable().describe("the person's external id"),
        similarity: z.number(),
      }),
    )
    .describe('for the largest face of the image, best first'),
  candidates: candidates
    .optional()
    .describe(
      'with include_candidates=true: when no face matched, the closest persons under the threshold; else empty',
    ),
  threshold: z.number(),
});

export const recognizeBody = z
  .object({
    image_data: imageData,
    enable_multi_face: z.boolean().default(true).describe('every face of the image; false: the largest face only'),
    threshold: similarityThreshold.optional(),
    quality_threshold: qualityThreshold.optional(),
    include_candidates: includeCandidates,
    store_evidence: z
      .boolean()
      .optional()
      .describe(
        'keep the photo as evidence when someone is recognized in it (default: FREEFACE_RECOGNITION_STORE_EVIDENCE, on); ' +
          'false: the photo is not kept and image_id answers null',
      ),
    ...appearanceContext,
  })
  .describe(
    'Each face recognized is recorded as a appearance of its person, at seen_at (default: now), location and source_id.',
  );

export const recognizedFace = z.object({
  bbox,
  person_id: z.string().nullable().describe('null: unknown (no person at or above the threshold)'),
  external_id: z.string().nullable(),
  name: z.string().nullable(),
  similarity: z
    .number()
    .nullable()
    .describe(
      'of the person named; when unknown, of the most similar person (under the threshold); null when nobody is enrolled',
    ),
  quality: z.number(),
  appearance_id: z
    .string()
    .nullable()
    .describe("the appearance recorded for the person named (in the person's timeline); null when unknown"),
  candidates: candidates
    .optional()
    .describe('with include_candidates=true: for an unknown face, the closest persons under the threshold; else empty'),
});

export const recognition = z.object({
  faces: z.array(recognizedFace).describe('left to right by bbox.x; empty when the image has no face'),
  image_id: z
    .string()
    .nullable()
    .describe(
      'the photo kept as evidence (GET /images/{image_id}; the timeline names it); null when nobody was recognized, ' +
        'or store_evidence was false',
    ),
  threshold: z.number(),
});

export const detectBody = z.object({ image_data: imageData });

export const facePose = z
  .object({
    yaw: z.number().describe('left-right turn, -1 to 1 (0: frontal; about +-0.3 at 30-40 degrees)'),
    pitch: z.number().describe('up-down tilt, -1 (looking up) to 1 (looking down); 0: level'),
    roll_degrees: z.number().describe('in-plane tilt of the eye line, degrees'),
    frontal: z.number().describe('1 straight at the camera, down to 0 as the face turns or tilts away'),
  })
  .describe('the pose estimated from the landmarks (every detector gives eyes, nose and mouth)');

export const detection = z.object({
  faces: z
    .array(
      z.object({
        bbox,
        detection_score: z.number(),
        landmarks: z.array(z.object({ x: z.number(), y: z.number() })),
        landmark_scheme: z
          .enum(['five', 'blazeface'])
          .describe('five: eyes, nose tip, mouth corners; blazeface: eyes, nose tip, mouth centre, ear tragions'),
        quality: z.number(),
        quality_reasons: z.array(z.string()).describe('too_small, blurred, strong_pose, low_score, cut_at_edge'),
        pose: facePose,
      }),
    )
    .describe('left to right; empty when the image has no face'),
});

export const verifyBody = z.object({
  image_data: imageData,
  reference_image_data: imageData,
  threshold: similarityThreshold.optional(),
});

export const verification = z.object({
  similarity: z.number().describe('cosine similarity of the largest face of each image'),
  threshold: z.number(),
  is_match: z.boolean(),
});

export const face = z.object({
  face_id: z.string(),
  person_id: z.string().nullable(),
  image_id: z.string(),
  model: z.string().describe('the embedding model of its vector'),
  bbox,
  detection_score: z.number(),
  quality: z.number(),
  created_at: z.string(),
});

export const facePage = z.object({ faces: z.array(face), next_page_token: nextPageToken });

export const deletedFace = deletionOf('face_id', true);

export const showFace = (f: Face): z.infer<typeof face> => ({
  face_id: f.id,
  person_id: f.personId ?? null,
  image_id: f.imageId,
  model: f.model,
  bbox: f.box,
  detection_score: f.detectionScore,
  quality: f.quality,
  created_at: toIso(f.createdAt),
});

export const showJob = (job: EnrollJob): z.infer<typeof enrollJob> => jobView(job);
