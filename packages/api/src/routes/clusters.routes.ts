import type { PersonClusterOperations } from '@freeface/clustering';
import { checkMetadata, type FaceCluster, type MetadataLimits } from '@freeface/domain';
import type { MetadataStore } from '@freeface/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { API_PREFIX } from '../http/api-prefix.js';
import { envelopeOf, ok } from '../http/envelope.js';
import type { FaceMetrics } from '../http/face-metrics.js';
import { unwrapPageToken, wrapPageToken } from '../http/page-token.js';
import {
  clusterFaceParams,
  clusterIdParams,
  clusterListQuery,
  clusterPage,
  mergeClustersBody,
  mergedClusters,
  movedOutFace,
  nameClusterBody,
  namedCluster,
  type unnamedCluster,
} from '../schemas/clusters.schemas.js';
import { unnamedClusters } from '../services/unnamed-clusters.js';

export interface ClustersRouteOptions {
  /** the process's clustering (embedded) or face-cluster over gRPC (cluster): the one writer of clusters */
  operations: PersonClusterOperations;
  /** where the clusters are read: face-cluster writes them through */
  metadata: MetadataStore;
  /** settings models.embedder: the model of a list that names none */
  defaultModel: string;
  metadataLimits: MetadataLimits;
  metrics: FaceMetrics;
}

/** The clusters nobody has named; naming one (it becomes a person), merging two, taking a face out. */
export const clustersRoutes: FastifyPluginAsyncZod<ClustersRouteOptions> = async (
  api,
  { operations, metadata, defaultModel, metadataLimits, metrics },
) => {
  const tags = ['clusters'];

  const show = async (cluster: FaceCluster, samples: number): Promise<z.infer<typeof unnamedCluster>> => {
    const faces = await Promise.all(cluster.faceIds.slice(0, samples).map((id) => metadata.faces.get(id)));
    return {
      cluster_id: cluster.id,
      model: cluster.model,
      person_id: cluster.personId ?? null,
      face_count: cluster.faceIds.length,
      sample_faces: faces.flatMap((f) =>
        f ? [{ face_id: f.id, image_id: f.imageId, bbox: f.box, detection_score: f.detectionScore }] : [],
      ),
      updated_at: cluster.updatedAt.toISOString(),
    };
  };

  api.get(
    '/clusters',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary:
          'The clusters nobody has named, largest first, with sample faces: those waiting for more faces and the ' +
          'persons clustering made (name one with POST /clusters/{cluster_id}/person)',
        querystring: clusterListQuery,
        response: { 200: envelopeOf(clusterPage) },
      },
    },
    async ({ query }) => {
      const model = query.model ?? defaultModel;
      const scope = `clusters:${model}`;
      const page = await unnamedClusters(metadata, model, {
        limit: query.limit,
        pageToken: unwrapPageToken(scope, query.page_token),
      });
      return ok({
        clusters: await Promise.all(page.items.map((c) => show(c, query.samples))),
        next_page_token: page.nextPageToken === undefined ? null : wrapPageToken(scope, page.nextPageToken),
      });
    },
  );

  api.post(
    '/clusters/:cluster_id/person',
    {
      config: { access: 'operator', conflict: true },
      schema: {
        tags,
        summary:
          'Name a cluster: it becomes a person with its faces (201, Location: the person), or the person clustering ' +
          'made of it is named (200); 409 for a cluster of a person someone named, or an external id taken',
        params: clusterIdParams,
        body: nameClusterBody,
        response: { 201: envelopeOf(namedCluster), 200: envelopeOf(namedCluster) },
      },
    },
    async ({ params, body }, reply) => {
      if (body.metadata !== undefined) checkMetadata(body.metadata, metadataLimits);
      const named = await metrics.time('name_cluster', () =>
        operations.nameCluster(params.cluster_id, {
          name: body.name,
          externalId: body.external_id,
          metadata: body.metadata,
        }),
      );
      const answer = {
        cluster_id: named.clusterId,
        person_id: named.personId,
        created_person: named.createdPerson,
        assigned_faces: named.assignedFaces,
      };
      if (!named.createdPerson) return ok(answer, 'the cluster’s person named');
      reply.code(201).header('location', `${API_PREFIX}/persons/${encodeURIComponent(named.personId)}`);
      return ok(answer, 'the cluster became a person');
    },
  );

  api.post(
    '/clusters/:cluster_id/faces/:face_id/move_out',
    {
      config: { access: 'operator', conflict: true },
      schema: {
        tags,
        summary:
          'Take a face out of a cluster it does not belong in: into a cluster of its own, of no person (it leaves the ' +
          'cluster’s person too); 404 for a cluster without the face, 409 for the only face of its cluster. To give ' +
          'it to a person instead: POST /faces/{face_id}/move',
        params: clusterFaceParams,
        response: { 200: envelopeOf(movedOutFace) },
      },
    },
    async ({ params }) => {
      const moved = await metrics.time('move_face_out', () =>
        operations.moveFaceOut(params.cluster_id, params.face_id),
      );
      return ok(
        {
          face_id: moved.faceId,
          cluster_id: moved.clusterId,
          previous_cluster_id: moved.previousClusterId,
          previous_person_id: moved.previousPersonId ?? null,
        },
        'face taken out of the cluster',
      );
    },
  );

  api.post(
    '/clusters/:cluster_id/merge',
    {
      config: { access: 'operator', conflict: true },
      schema: {
        tags,
        summary:
          'Merge two clusters of one face: the faces of from_cluster_id join the cluster (its centroid recomputed) and ' +
          'from_cluster_id goes; they go to the cluster’s person, if it has one (else to that of from_cluster_id), ' +
          'and a person clustering made left with no face is deleted. 400 for the same cluster twice or two models, ' +
          '409 when both are of named persons: merge the persons with POST /persons/{person_id}/merge',
        params: clusterIdParams,
        body: mergeClustersBody,
        response: { 200: envelopeOf(mergedClusters) },
      },
    },
    async ({ params, body }) => {
      const merged = await metrics.time('merge_clusters', () =>
        operations.mergeClusters(params.cluster_id, body.from_cluster_id),
      );
      return ok(
        { cluster_id: merged.clusterId, merged_faces: merged.mergedFaces, person_id: merged.personId ?? null },
        'clusters merged',
      );
    },
  );
};
