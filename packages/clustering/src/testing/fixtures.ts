import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@freeface/config';
import type { Face } from '@freeface/domain';
import { createLogger } from '@freeface/observability';
import { openStorage, type Storage } from '@freeface/storage';
import { clusterSettings } from '../cluster-settings.js';
import type { AssignmentListener, FaceAssignment } from '../face-assigner.js';
import { FaceClustering } from '../face-clustering.js';

// The clustering over real embedded storage (SQLite, HNSW, memory cache) in a temp dir, with a made-up
// embedding model whose faces the tests write directly.

export const MODEL = 'test-embedder';
export const DIMENSION = 64;
export const THRESHOLD = 0.9;

export interface TestClustering {
  readonly storage: Storage;
  readonly clustering: FaceClustering;
  /** every face.assigned clustering reported */
  readonly assignments: FaceAssignment[];
  /** stores a face (record and vector) as enrollment does */
  enroll(faceId: string, vector: readonly number[], personId?: string): Promise<Face>;
  /** a person made by an operator */
  person(id: string, name?: string): Promise<void>;
  close(): Promise<void>;
}

/** The made-up model unless told another (real embeddings of a real model). */
export interface TestModel {
  readonly model: string;
  readonly dimension: number;
  readonly threshold: number;
}

export async function openTestClustering(
  env: Record<string, string> = {},
  also?: AssignmentListener,
  { model, dimension, threshold }: TestModel = { model: MODEL, dimension: DIMENSION, threshold: THRESHOLD },
): Promise<TestClustering> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ff-cluster-'));
  const config = loadConfig({
    FREEFACE_DATA_DIR: dataDir,
    FREEFACE_CLUSTER_MIN_FACES: '2',
    // the default model of calls that name none: the fixtures' dlib-resnet-128
    FREEFACE_MODEL_PRESET: 'fast',
    ...env,
  });
  const storage = await openStorage(config);
  const assignments: FaceAssignment[] = [];
  const clustering = new FaceClustering({
    metadata: storage.metadata,
    vectors: storage.vectors,
    settings: clusterSettings(config, (id) => {
      if (id !== model) throw new Error(`unknown model ${id}`);
      return { embeddingSize: dimension, matchThreshold: threshold };
    }),
    logger: createLogger({ name: 'clustering-test', level: 'silent' }),
    defaultModel: model,
    onAssigned: async (changes) => {
      assignments.push(...changes);
      await also?.(changes);
    },
  });
  const index = await storage.vectors.index(model, dimension);
  return {
    storage,
    clustering,
    assignments,
    async enroll(faceId, vector, personId) {
      const face: Face = {
        id: faceId,
        imageId: `image-${faceId}`,
        model,
        box: { x: 0, y: 0, width: 100, height: 100 },
        detectionScore: 0.99,
        quality: 1,
        createdAt: new Date(),
        ...(personId !== undefined ? { personId } : {}),
      };
      await storage.metadata.faces.put(face);
      await index.upsert([{ faceId, vector: [...vector], ...(personId !== undefined ? { personId } : {}) }]);
      return face;
    },
    async person(id, name) {
      const now = new Date();
      await storage.metadata.persons.create({
        id,
        metadata: {},
        createdAt: now,
        updatedAt: now,
        ...(name !== undefined ? { name } : {}),
      });
    },
    async close() {
      await storage.close();
      // the data dir goes with the test
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
