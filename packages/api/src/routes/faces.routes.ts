import { buffer } from 'node:stream/consumers';
import { ForbiddenError } from '@freeface/domain';
import { type EnrollOptions, parseWebhookUrl } from '@freeface/enrollment';
import { faceThumbnail } from '@freeface/vision';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accepted, created } from '../http/created.js';
import { deleted } from '../http/deleted.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { contextOf } from '../schemas/common.schemas.js';
import {
  deletedFace,
  enrollAsyncBody,
  enrollBody,
  enrollJob,
  enrollment,
  face,
  faceIdParams,
  jobIdParams,
  showFace,
  showJob,
  thumbnailQuery,
} from '../schemas/faces.schemas.js';
import type { FaceRouteOptions } from './face-route-options.js';

const optionsOf = (body: {
  enable_multi_face: boolean;
  quality_threshold?: number | undefined;
  seen_at?: string | undefined;
  location?: { lat: number; lon: number } | undefined;
  source_id?: string | undefined;
}): EnrollOptions => ({
  multiFace: body.enable_multi_face,
  minQuality: body.quality_threshold,
  context: contextOf(body),
});

/** a quarter of the face's longer side on every side: hair, chin and ears in the picture */
const THUMBNAIL_MARGIN = 0.25;

/** Enrollment (sync and async) and the faces it makes. */
export const facesRoutes: FastifyPluginAsyncZod<FaceRouteOptions> = async (
  api,
  { services, imageOf, metrics, webhookAllowPrivate, webhookPorts },
) => {
  const { enrollment: enroller, jobs, faces } = services;
  const tags = ['faces'];

  api.post(
    '/faces/enroll',
    {
      config: { access: 'operator', answerHeaders: { 201: { Location: 'the first new face' } } },
      schema: {
        tags,
        summary:
          'Enroll the face (or faces) of an image under a person: 201 with the Location of the first new face, ' +
          '200 when the image was enrolled for the person before (no new face)',
        body: enrollBody,
        response: { 201: envelopeOf(enrollment), 200: envelopeOf(enrollment) },
      },
    },
    async ({ body }, reply) => {
      const image = imageOf('image_data', body.image_data);
      const result = await metrics.time('enroll', () =>
        enroller.enroll({ personId: body.person_id, externalId: body.external_id, image, options: optionsOf(body) }),
      );
      const createdCount = result.faces.filter((f) => f.created).length;
      metrics.enrolled.inc(createdCount);
      metrics.faces('enroll', result.faces.length);
      const person = result.person as NonNullable<typeof result.person>; // the body names one
      const answer = {
        person_id: person.id,
        external_id: person.externalId ?? null,
        image_id: result.imageId,
        faces: result.faces.map(({ face: f, created: isNew }) => ({
          face_id: f.id,
          person_id: person.id,
          bbox: f.box,
          quality: f.quality,
          created: isNew,
        })),
      };
      const first = result.faces.find((f) => f.created);
      return first
        ? created(reply, `/faces/${encodeURIComponent(first.face.id)}`, answer, `${createdCount} face(s) enrolled`)
        : ok(answer, 'already enrolled: no new face');
    },
  );

  api.post(
    '/faces/enroll_async',
    {
      config: { access: 'operator', answerHeaders: { 202: { Location: 'the job: GET it to follow it' } } },
      schema: {
        tags,
        summary:
          'Enroll in the background: answers 202 at once with a job to follow at /faces/enroll/status/{job_id} (its Location)',
        body: enrollAsyncBody,
        response: { 202: envelopeOf(enrollJob) },
      },
    },
    async ({ body, principal }, reply) => {
      const image = imageOf('image_data', body.image_data);
      if (body.webhook_url !== undefined) {
        parseWebhookUrl(body.webhook_url, webhookAllowPrivate, webhookPorts);
        // a webhook is signed with the webhook secret of the API key that asked for it; a user has none
        if (principal?.kind !== 'key') {
          throw new ForbiddenError('webhook_url needs an API key: its webhook secret signs the webhook');
        }
      }
      const job = await metrics.time('enroll_async', () =>
        jobs.submit({
          personId: body.person_id,
          externalId: body.external_id,
          image,
          options: optionsOf(body),
          priority: body.priority,
          webhookUrl: body.webhook_url,
          webhookKeyId: body.webhook_url !== undefined ? principal?.id : undefined,
        }),
      );
      return accepted(reply, `/faces/enroll/status/${encodeURIComponent(job.id)}`, showJob(job), 'enrollment queued');
    },
  );

  api.get(
    '/faces/enroll/status/:job_id',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary:
          'How an async enrollment is going: queued, processing, completed (its faces and the persons they are with now), ' +
          'failed or dead_lettered (reason); how its webhook went',
        params: jobIdParams,
        response: { 200: envelopeOf(enrollJob) },
      },
    },
    async ({ params }) => ok(await jobs.describe(params.job_id)),
  );

  api.get(
    '/faces/:face_id',
    {
      config: { access: 'viewer' },
      schema: { tags, summary: 'An enrolled face', params: faceIdParams, response: { 200: envelopeOf(face) } },
    },
    async ({ params }) => ok(showFace(await faces.get(params.face_id))),
  );

  api.get(
    '/faces/:face_id/thumbnail',
    {
      config: {
        access: 'viewer',
        textAnswer: 'image/jpeg',
        answerHeaders: {
          200: { ETag: 'the same face and size: the same JPEG', 'Cache-Control': 'private, max-age=86400' },
        },
      },
      schema: {
        tags,
        summary: 'A square JPEG around the face, with a margin; If-None-Match with its ETag answers 304',
        params: faceIdParams,
        querystring: thumbnailQuery,
        response: {
          200: z.string().describe('image/jpeg bytes'),
          304: z.null().describe('not modified: the If-None-Match sent is the current ETag'),
        },
      },
    },
    async ({ params, query, headers }, typed) => {
      const reply = typed as unknown as FastifyReply; // a JPEG or an empty 304, neither serialised
      const face = await faces.get(params.face_id);
      const etag = `"${face.id}-${query.size}"`;
      reply.header('etag', etag).header('cache-control', 'private, max-age=86400');
      if (headers['if-none-match'] === etag) return reply.code(304).send();
      const { body } = await services.images.open(face.imageId);
      const jpeg = await faceThumbnail(await buffer(body), face.box, { size: query.size, margin: THUMBNAIL_MARGIN });
      return reply.type('image/jpeg').send(jpeg);
    },
  );

  api.delete(
    '/faces/:face_id',
    {
      config: { access: 'operator' },
      schema: {
        tags,
        summary: 'Delete a face and its vector; its image too when no other face uses it',
        params: faceIdParams,
        response: { 200: envelopeOf(deletedFace) },
      },
    },
    async ({ params }) => {
      const removed = await metrics.time('delete_face', () => faces.delete(params.face_id));
      return deleted({ face_id: params.face_id, deleted_faces: removed.faces, deleted_images: removed.images });
    },
  );
};
