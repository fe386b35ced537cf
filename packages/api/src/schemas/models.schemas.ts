import { z } from 'zod';

// The shapes of GET /models and the re-embedding endpoints.

export const modelIndex = z.object({
  model: z.string().describe('embedder id'),
  faces: z.number().int().describe('faces whose vector the index of this embedder holds'),
});

const modelOf = (task: string) =>
  z.object({
    id: z.string().describe(`${task} model id (models/manifest.json)`).meta({ example: 'yunet-2023mar' }),
    licence: z.string().describe("the weights' licence"),
  });

export const reindexProgress = z
  .object({
    from_model: z.string().describe('the embedder that answered when the run started'),
    to_model: z.string().describe('the embedder whose index the run fills'),
    status: z.enum(['running', 'completed', 'failed']),
    total: z.number().int().describe("faces to re-embed: those of the old model's index when the run started"),
    done: z.number().int().describe('faces whose vector the new index holds'),
    skipped: z.number().int().describe('faces left out: their image is gone, or no face was found at their box'),
    started_at: z.string().describe('ISO 8601'),
    finished_at: z.string().nullable(),
    error: z.string().nullable(),
  })
  .describe('a re-embedding: fills the new embedder’s index from the stored images while the old one answers');

export const modelsView = z.object({
  detector: modelOf('detector'),
  embedder: modelOf('embedder').extend({
    dimension: z.number().int(),
    match_threshold: z.number().describe('cosine similarity from which two faces are one person'),
  }),
  configured_embedder: z
    .string()
    .describe('the embedder the settings name; differs from embedder.id until a re-embedding into it completes'),
  pending: z
    .object({
      model: z.string(),
      missing_faces: z.number().int().describe("faces of the active embedder's index that this one lacks"),
    })
    .nullable()
    .describe('null when the configured embedder is the active one'),
  indexes: z.array(modelIndex),
  reindex: reindexProgress.nullable().describe('the running or last re-embedding; null when none ran'),
});

export const reindexBody = z
  .object({
    embedder: z
      .string()
      .min(1)
      .max(128)
      .optional()
      .describe("the embedder to re-embed into (default: the settings' FREEFACE_EMBEDDER)")
      .meta({ example: 'sface-2021dec' }),
  })
  .strict();
