// The production vector store: a Milvus collection per model, `${collectionPrefix}_${model}`
// (face_id primary key, person_id, embedding), HNSW index with COSINE, created and loaded on first use.
import type { Config } from '@freeface/config';
import { ConflictError, UnavailableError } from '@freeface/domain';
import type { MilvusClient } from '@zilliz/milvus2-sdk-node';
import { ModelIndexes } from '../model-indexes.js';
import type { VectorIndex, VectorStore } from '../ports/vector.port.js';
import { dimensionMismatch } from '../vector-args.js';
import { createMilvusClient, ok } from './milvus.client.js';
import {
  createFaceCollection,
  DEFAULT_FACE_INDEX,
  describeFaceCollection,
  type FaceIndexSpec,
  faceCollectionName,
  indexAndLoad,
} from './milvus.face-collection.js';
import { type MilvusIndexSettings, MilvusVectorIndex } from './milvus.vector-index.js';

export interface MilvusVectorStoreOptions extends Partial<MilvusIndexSettings> {
  /** overrides the milvus.collectionPrefix setting (tests use a prefix per run) */
  collectionPrefix?: string;
}

export async function openMilvusVectorStore(
  config: Config,
  options: MilvusVectorStoreOptions = {},
): Promise<VectorStore> {
  const prefix = options.collectionPrefix ?? config.milvus.collectionPrefix;
  faceCollectionName(prefix, 'x'); // refuses a bad prefix now rather than on first use
  const client = createMilvusClient(config);
  const { hnswM: M, hnswEfConstruction: efConstruction, hnswEfSearch } = config.vectors;
  const spec = { ...DEFAULT_FACE_INDEX, params: { M, efConstruction } };
  const store = new MilvusVectorStore(client, prefix, spec, { efSearch: options.efSearch ?? hnswEfSearch });
  try {
    await store.ping();
  } catch (error) {
    await client.closeConnection().catch(() => {});
    throw error;
  }
  return store;
}

class MilvusVectorStore implements VectorStore {
  private readonly indexes = new ModelIndexes((model, dimension) => this.open(model, dimension));

  constructor(
    private readonly client: MilvusClient,
    private readonly prefix: string,
    /** the index a new collection gets (an existing one keeps its own) */
    private readonly spec: FaceIndexSpec,
    private readonly settings: MilvusIndexSettings,
  ) {}

  index(model: string, dimension: number): Promise<VectorIndex> {
    return this.indexes.get(model, dimension);
  }

  /** the face collections under this prefix that name their model (those made by hand do not) */
  async existing(): Promise<VectorIndex[]> {
    this.indexes.ensureOpen();
    const listed = ok('listCollections', await this.client.listCollections());
    const names = listed.data.map((c) => c.name).filter((n) => n.startsWith(`${this.prefix}_`));
    const found: VectorIndex[] = [];
    for (const name of names) {
      // other collections may share the prefix (the migrations' history): those without a vector field are not indexes
      const info = await describeFaceCollection(this.client, name).catch((error: unknown) => {
        if (error instanceof ConflictError) return undefined;
        throw error;
      });
      if (info?.model !== undefined && faceCollectionName(this.prefix, info.model) === name)
        found.push(await this.indexes.get(info.model, info.dimension));
    }
    return found;
  }

  async ping(): Promise<void> {
    this.indexes.ensureOpen();
    let healthy = false;
    let reason = '';
    try {
      const health = await this.client.checkHealth();
      healthy = health.isHealthy;
      reason = health.reasons?.join('; ') ?? '';
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (!healthy) throw new UnavailableError(`Milvus is not healthy${reason ? `: ${reason}` : ''}`);
  }

  async close(): Promise<void> {
    if ((await this.indexes.close()) === undefined) return;
    await this.client.closeConnection();
  }

  private async open(model: string, dimension: number): Promise<MilvusVectorIndex> {
    const name = faceCollectionName(this.prefix, model);
    const info = await createFaceCollection(this.client, name, model, dimension);
    if (info.dimension !== dimension) throw dimensionMismatch(model, info.dimension, dimension);
    await indexAndLoad(this.client, name, this.spec);
    return new MilvusVectorIndex(this.client, name, model, info.dimension, this.settings);
  }
}
