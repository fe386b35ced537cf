import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelopeOf, ok } from '../http/envelope.js';
import { image, imageIdParams, showImage } from '../schemas/images.schemas.js';
import type { FaceRouteOptions } from './face-route-options.js';

/** The stored images: what they are, and their bytes. */
export const imagesRoutes: FastifyPluginAsyncZod<FaceRouteOptions> = async (api, { services }) => {
  const tags = ['images'];

  api.get(
    '/images/:image_id',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'An enrolled image: type, size, bytes',
        params: imageIdParams,
        response: { 200: envelopeOf(image) },
      },
    },
    async ({ params }) => ok(showImage(await services.images.get(params.image_id))),
  );

  api.get(
    '/images/:image_id/download',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'The bytes of an enrolled image, streamed with their content type',
        params: imageIdParams,
      },
    },
    async ({ params }, reply) => {
      const { record, body } = await services.images.open(params.image_id);
      return reply
        .type(record.contentType)
        .header('content-length', String(record.bytes))
        .header('etag', `"${record.id}"`)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(body);
    },
  );
};
