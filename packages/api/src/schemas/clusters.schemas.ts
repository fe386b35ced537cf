import { z } from 'zod';
import { bbox, id, nextPageToken, pageQuery } from './common.schemas.js';
import { createPersonBody } from './persons.schemas.js';

// Clusters as the API shows them: the groups of faces face-cluster made that nobody has named yet.

const EXAMPLE_CLUSTER = {
  cluster_id: '3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a',
  model: 'dlib-resnet-128',
  person_id: null,
  face_count: 4,
  sample_faces: [
    {
      face_id: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716',
      image_id: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      bbox: { x: 120, y: 64, width: 96, height: 110 },
      detection_score: 0.97,
    },
  ],
  updated_at: '2026-11-25T10:00:00.000Z',
};

export const clusterIdParams = z.object({ cluster_id: id('cluster') });

export const clusterListQuery = z.object({
  model: z.string().min(1).max(128).optional().describe('embedding model id (default: the current embedder)'),
  samples: z.coerce.number().int().min(0).max(20).default(3).describe('sample faces per cluster'),
  ...pageQuery,
});

export const sampleFace = z.object({
  face_id: z.string(),
  image_id: z.string().describe('GET /images/{image_id}'),
  bbox,
  detection_score: z.number(),
});

export const unnamedCluster = z
  .object({
    cluster_id: z.string(),
    model: z.string(),
    person_id: z
      .string()
      .nullable()
      .describe('null: waiting for more faces; else the person clustering made of it, unnamed'),
    face_count: z.number().int(),
    sample_faces: z.array(sampleFace).describe('the first faces of the cluster, to show whom it holds'),
    updated_at: z.string(),
  })
  .meta({ example: EXAMPLE_CLUSTER });

export const clusterPage = z
  .object({
    clusters: z.array(unnamedCluster).describe('largest first (then by id)'),
    next_page_token: nextPageToken,
  })
  .meta({ example: { clusters: [EXAMPLE_CLUSTER], next_page_token: null } });

export const nameClusterBody = createPersonBody
  .required({ name: true })
  .describe('the person the cluster becomes: a name (required), optionally an external id and metadata');

export const namedCluster = z
  .object({
    cluster_id: z.string(),
    person_id: z.string().describe('GET /persons/{person_id}'),
    created_person: z
      .boolean()
      .describe('true: a new person (201); false: the person clustering had made of the cluster, now named (200)'),
    assigned_faces: z.number().int().describe('faces of the cluster that went to the person now'),
  })
  .meta({
    example: {
      cluster_id: EXAMPLE_CLUSTER.cluster_id,
      person_id: EXAMPLE_CLUSTER.cluster_id,
      created_person: true,
      assigned_faces: 4,
    },
  });

export const clusterFaceParams = z.object({ cluster_id: id('cluster'), face_id: id('face') });

export const movedOutFace = z
  .object({
    face_id: z.string(),
    cluster_id: z.string().describe('the cluster of its own the face is in now'),
    previous_cluster_id: z.string(),
    previous_person_id: z
      .string()
      .nullable()
      .describe('the person of the cluster it left, which it left too; null: none'),
  })
  .meta({
    example: {
      face_id: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716',
      cluster_id: '7c6b5a49-3827-4f16-9e5d-4c3b2a190807',
      previous_cluster_id: EXAMPLE_CLUSTER.cluster_id,
      previous_person_id: null,
    },
  });

export const mergeClustersBody = z
  .object({ from_cluster_id: id('cluster').describe('the cluster whose faces join this one; it goes') })
  .describe('the cluster merged into the one of the path');

export const mergedClusters = z
  .object({
    cluster_id: z.string().describe('the cluster that stays, with the faces of both'),
    merged_faces: z.number().int().describe('faces that joined it'),
    person_id: z
      .string()
      .nullable()
      .describe('the person of the merged cluster, whom its faces went to; null: none, it waits for more faces'),
  })
  .meta({ example: { cluster_id: EXAMPLE_CLUSTER.cluster_id, merged_faces: 2, person_id: null } });
