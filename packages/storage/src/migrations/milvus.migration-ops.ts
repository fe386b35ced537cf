// The operations a Milvus migration (db/migration/milvus/NNN_name.json) may list in "up" and "down".
// Collections are named by model, not by full name: the name is `${collectionPrefix}_${model}` with the
// prefix from the settings, exactly as the vector store names them, so a deployment with another
// prefix migrates its own collections.
//
//   {"op": "create_collection", "model": "dlib-resnet-128", "dimension": 128}
//        the face-embedding collection (face_id, person_id, embedding); kept if it exists with that dimension
//   {"op": "create_index", "model": "...", "index_type": "HNSW", "metric_type": "COSINE", "params": {"M": 16}}
//        on the embedding field; kept if an index with that metric exists
//   {"op": "load_collection", "model": "..."}      load into memory (searches need it)
//   {"op": "drop_collection", "model": "..."}      no-op when it does not exist
import { InvalidArgumentError } from '@freeface/domain';
import type { MilvusClient } from '@zilliz/milvus2-sdk-node';
import { ok } from '../milvus/milvus.client.js';
import {
  createFaceCollection,
  dropCollectionIfExists,
  ensureFaceIndex,
  faceCollectionName,
} from '../milvus/milvus.face-collection.js';
import { checkModel } from '../vector-args.js';

export type MilvusOperation =
  | { op: 'create_collection'; model: string; dimension: number }
  | { op: 'create_index'; model: string; index_type: string; metric_type: string; params: Record<string, unknown> }
  | { op: 'load_collection'; model: string }
  | { op: 'drop_collection'; model: string };

const OPS = ['create_collection', 'create_index', 'load_collection', 'drop_collection'];

/** Checks every operation before any runs, so a typo in the last one leaves nothing half done. */
export function parseOperations(statements: unknown[]): MilvusOperation[] {
  return statements.map((statement, i) => {
    const bad = (why: string) =>
      new InvalidArgumentError(`milvus operation ${i + 1} ${JSON.stringify(statement)}: ${why}`, { index: i });
    if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) throw bad('not an object');
    const s = statement as Record<string, unknown>;
    if (typeof s.op !== 'string' || !OPS.includes(s.op)) throw bad(`op is one of ${OPS.join(', ')}`);
    if (typeof s.model !== 'string') throw bad('model (the embedding model id) is missing');
    const dimension = s.op === 'create_collection' ? s.dimension : 1;
    try {
      checkModel(s.model, dimension as number);
    } catch (error) {
      throw bad((error as Error).message);
    }
    if (s.op === 'create_index') {
      if (typeof s.index_type !== 'string' || typeof s.metric_type !== 'string') {
        throw bad('create_index needs index_type and metric_type');
      }
      if (s.params !== undefined && (typeof s.params !== 'object' || s.params === null || Array.isArray(s.params))) {
        throw bad('params is an object');
      }
      return { ...s, params: s.params ?? {} } as MilvusOperation;
    }
    return s as MilvusOperation;
  });
}

export async function runOperation(client: MilvusClient, prefix: string, operation: MilvusOperation): Promise<void> {
  const name = faceCollectionName(prefix, operation.model);
  switch (operation.op) {
    case 'create_collection': {
      const info = await createFaceCollection(client, name, operation.model, operation.dimension);
      if (info.dimension !== operation.dimension) {
        throw new Error(`collection ${name} exists with dimension ${info.dimension}, not ${operation.dimension}`);
      }
      return;
    }
    case 'create_index':
      return ensureFaceIndex(client, name, operation);
    case 'load_collection':
      ok(`loadCollection ${name}`, await client.loadCollectionSync({ collection_name: name }));
      return;
    case 'drop_collection':
      return dropCollectionIfExists(client, name);
  }
}
