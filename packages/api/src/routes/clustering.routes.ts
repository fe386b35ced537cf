import type { PersonClusterOperations } from '@freeface/clustering';
import type { PersonService } from '@freeface/enrollment';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { envelopeOf, ok } from '../http/envelope.js';
import type { FaceMetrics } from '../http/face-metrics.js';
import { mergedPersons, mergePersonsBody, movedFace, moveFaceBody } from '../schemas/clustering.schemas.js';
import { faceIdParams } from '../schemas/faces.schemas.js';
import { personIdParams } from '../schemas/persons.schemas.js';
import { shownPerson } from './persons.routes.js';

export interface ClusteringRouteOptions {
  /** the process's clustering (embedded) or face-cluster over gRPC (cluster) */
  operations: PersonClusterOperations;
  /** the merged person as answered */
  persons: PersonService;
  metrics: FaceMetrics;
}

/** What clustering got wrong, put right by hand: two persons who are one, a face under the wrong person. */
export const clusteringRoutes: FastifyPluginAsyncZod<ClusteringRouteOptions> = async (
  api,
  { operations, persons, metrics },
) => {
  api.post(
    '/persons/:person_id/merge',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['persons'],
        summary: 'Merge another person into this one (400 for the same person, 404 for an unknown one)',
        params: personIdParams,
        body: mergePersonsBody,
        response: { 200: envelopeOf(mergedPersons) },
      },
    },
    async ({ params, body }) => {
      const merged = await metrics.time('merge_persons', () =>
        operations.mergePersons(params.person_id, body.from_person_id),
      );
      return ok(
        {
          person_id: merged.personId,
          merged_person_id: merged.mergedPersonId,
          moved_faces: merged.movedFaces,
          moved_appearances: merged.movedAppearances,
          person: await shownPerson(persons, await persons.get(merged.personId)),
        },
        'persons merged',
      );
    },
  );

  api.post(
    '/faces/:face_id/move',
    {
      config: { access: 'operator' },
      schema: {
        tags: ['faces'],
        summary: 'Move a face to another person (404 for an unknown face or person)',
        params: faceIdParams,
        body: moveFaceBody,
        response: { 200: envelopeOf(movedFace) },
      },
    },
    async ({ params, body }) => {
      const moved = await metrics.time('move_face', () => operations.moveFace(params.face_id, body.person_id));
      return ok(
        {
          face_id: moved.faceId,
          person_id: moved.personId,
          previous_person_id: moved.previousPersonId ?? null,
          moved: moved.moved,
        },
        moved.moved ? 'face moved' : 'the face was the person’s already',
      );
    },
  );
};
