import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelopeOf, ok } from '../http/envelope.js';
import { contextOf } from '../schemas/common.schemas.js';
import {
  detectBody,
  detection,
  recognition,
  recognizeBody,
  searchBody,
  searchResult,
  verification,
  verifyBody,
} from '../schemas/faces.schemas.js';
import type { Candidate } from '../services/recognition.service.js';
import type { FaceRouteOptions } from './face-route-options.js';

const showCandidate = ({ person, similarity }: Candidate) => ({
  person_id: person.id,
  name: person.name ?? null,
  external_id: person.externalId ?? null,
  similarity,
});

/** Reading faces without enrolling them: search, recognize, detect, verify. */
export const recognitionRoutes: FastifyPluginAsyncZod<FaceRouteOptions> = async (
  api,
  { services, imageOf, metrics },
) => {
  const { recognition: recognizer } = services;
  const tags = ['recognition'];
  const viewer = { access: 'viewer' as const };

  api.post(
    '/faces/search',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'The enrolled faces most like the largest face of an image',
        body: searchBody,
        response: { 200: envelopeOf(searchResult) },
      },
    },
    async ({ body }) => {
      const image = imageOf('image_data', body.image_data);
      const threshold = recognizer.threshold(body.threshold);
      const { matches, candidates } = await metrics.time('search', () =>
        recognizer.search(image, { topK: body.top_k, threshold, includeCandidates: body.include_candidates }),
      );
      metrics.bestMatch('search', matches[0]?.similarity);
      const persons = await recognizer.personsOf(matches.map((m) => m.personId));
      return ok({
        matches: matches.map((m) => {
          const person = m.personId === undefined ? undefined : persons.get(m.personId);
          return {
            face_id: m.faceId,
            person_id: m.personId ?? null,
            name: person?.name ?? null,
            external_id: person?.externalId ?? null,
            similarity: m.similarity,
          };
        }),
        ...(candidates === undefined ? {} : { candidates: candidates.map(showCandidate) }),
        threshold,
      });
    },
  );

  api.post(
    '/faces/recognize',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'Who is in an image: the best person per face, or unknown; records the appearances',
        body: recognizeBody,
        response: { 200: envelopeOf(recognition) },
      },
    },
    async ({ body }) => {
      const image = imageOf('image_data', body.image_data);
      const threshold = recognizer.threshold(body.threshold);
      const { faces, imageId } = await metrics.time('recognize', () =>
        recognizer.recognize(image, {
          multiFace: body.enable_multi_face,
          threshold,
          minQuality: body.quality_threshold,
          context: contextOf(body),
          includeCandidates: body.include_candidates,
          storeEvidence: body.store_evidence,
        }),
      );
      metrics.recognized(
        faces.map((f) => ({ known: f.person !== undefined && f.person !== null, similarity: f.similarity })),
      );
      return ok({
        faces: faces.map((f) => ({
          bbox: f.box,
          person_id: f.person?.id ?? null,
          external_id: f.person?.externalId ?? null,
          name: f.person?.name ?? null,
          similarity: f.similarity ?? null,
          quality: f.quality,
          appearance_id: f.appearanceId ?? null,
          ...(f.candidates === undefined ? {} : { candidates: f.candidates.map(showCandidate) }),
        })),
        image_id: imageId ?? null,
        threshold,
      });
    },
  );

  api.post(
    '/faces/detect',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'The faces of an image with landmarks and quality; nothing is stored or embedded',
        body: detectBody,
        response: { 200: envelopeOf(detection) },
      },
    },
    async ({ body }) => {
      const image = imageOf('image_data', body.image_data);
      const faces = await metrics.time('detect', () => recognizer.detect(image));
      metrics.faces('detect', faces.length);
      return ok({
        faces: faces.map((f) => ({
          bbox: f.box,
          detection_score: f.detectionScore,
          landmarks: f.landmarks.points.map(({ x, y }) => ({ x, y })),
          landmark_scheme: f.landmarks.kind,
          quality: f.quality,
          quality_reasons: [...f.qualityReasons],
          pose: f.pose,
        })),
      });
    },
  );

  api.post(
    '/faces/verify',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'Whether the largest faces of two images are the same person',
        body: verifyBody,
        response: { 200: envelopeOf(verification) },
      },
    },
    async ({ body }) => {
      const image = imageOf('image_data', body.image_data);
      const reference = imageOf('reference_image_data', body.reference_image_data);
      const result = await metrics.time('verify', () => recognizer.verify(image, reference, body.threshold));
      metrics.bestMatch('verify', result.similarity);
      return ok({ similarity: result.similarity, threshold: result.threshold, is_match: result.isMatch });
    },
  );
};
