import { Readable } from 'node:stream';
import type { MetadataStore } from '@freeface/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { archiveRoot, personArchive } from '../export/person-archive.js';
import { tarStream } from '../export/tar-writer.js';
import { personIdParams } from '../schemas/persons.schemas.js';
import type { FaceServices } from '../services/face-services.js';

/** A person's data, all of it, as one tar archive: what a person asking for their data is handed. */
export interface PersonExportOptions {
  services: FaceServices;
  metadata: MetadataStore;
}

export const personExportRoutes: FastifyPluginAsyncZod<PersonExportOptions> = async (api, { services, metadata }) => {
  api.get(
    '/persons/:person_id/export',
    {
      // documented as application/x-tar bytes (http/text-answers.ts)
      config: { access: 'operator', textAnswer: 'application/x-tar' },
      schema: {
        tags: ['persons'],
        summary:
          'Everything held about a person as a tar archive: person.json, faces/<face_id>.json (with the embedding), images/, appearances.json and audit.json',
        params: personIdParams,
        response: { 200: z.string().describe('a tar archive of the directory person-<person_id>/') },
      },
    },
    async ({ params }, reply) => {
      const files = await personArchive({ metadata, services }, params.person_id);
      return (
        reply
          .type('application/x-tar')
          .header('content-disposition', `attachment; filename="${archiveRoot(params.person_id)}.tar"`)
          // a stream goes out as it is, never through the serializer; the schema's string documents its bytes
          .send(Readable.from(tarStream(files)) as unknown as string)
      );
    },
  );
};
