// The face-embedding collection of one model: its name, schema, index and load, made the same way
// whether the vector store creates it on first use or a migration does.
import { ConflictError, InvalidArgumentError } from '@freeface/domain';
import { DataType, type MilvusClient } from '@zilliz/milvus2-sdk-node';
import { MAX_ID_LENGTH } from '../vector-args.js';
import { LOAD_TIMEOUT_MS, ok } from './milvus.client.js';

export const FACE_ID = 'face_id';
export const PERSON_ID = 'person_id';
export const EMBEDDING = 'embedding';
/** collection property naming the model, so two model ids that sanitise to one name are told apart */
export const MODEL_PROPERTY = 'freeface.model';

export interface FaceIndexSpec {
  index_type: string;
  metric_type: string;
  params: Record<string, unknown>;
}

export const DEFAULT_FACE_INDEX: FaceIndexSpec = {
  index_type: 'HNSW',
  metric_type: 'COSINE',
  params: { M: 16, efConstruction: 200 },
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `${prefix}_${model}` with every character Milvus does not allow in a name turned into "_". */
export function faceCollectionName(prefix: string, model: string): string {
  if (!NAME.test(prefix)) {
    throw new InvalidArgumentError('the Milvus collection prefix is letters, digits and _, not starting with a digit', {
      prefix,
    });
  }
  const name = `${prefix}_${model.replace(/[^A-Za-z0-9_]/g, '_')}`;
  if (name.length > 255) throw new InvalidArgumentError('the Milvus collection name is over 255 characters', { name });
  return name;
}

export interface FaceCollectionInfo {
  /** undefined for a collection made without the property (by hand, or by another tool) */
  model: string | undefined;
  dimension: number;
}

/** The model and dimension of an existing collection, undefined when there is none by that name. */
export async function describeFaceCollection(
  client: MilvusClient,
  name: string,
): Promise<FaceCollectionInfo | undefined> {
  if (!ok('hasCollection', await client.hasCollection({ collection_name: name })).value) return undefined;
  const described = ok('describeCollection', await client.describeCollection({ collection_name: name }));
  const embedding = described.schema.fields.find((f) => f.name === EMBEDDING);
  const dim = embedding?.type_params?.find((p) => p.key === 'dim')?.value;
  if (!embedding || dim === undefined) {
    throw new ConflictError(`Milvus collection ${name} exists but has no ${EMBEDDING} vector field`, { name });
  }
  const model = described.properties.find((p) => p.key === MODEL_PROPERTY)?.value;
  return { model: model === undefined ? undefined : String(model), dimension: Number(dim) };
}

/** Creates the collection, or checks that the existing one holds this model at this dimension. */
export async function createFaceCollection(
  client: MilvusClient,
  name: string,
  model: string,
  dimension: number,
): Promise<FaceCollectionInfo> {
  const existing = await describeFaceCollection(client, name);
  if (!existing) {
    const created = await client.createCollection({
      collection_name: name,
      consistency_level: 'Strong',
      properties: { [MODEL_PROPERTY]: model },
      fields: [
        { name: FACE_ID, data_type: DataType.VarChar, is_primary_key: true, max_length: MAX_ID_LENGTH },
        // "" for a face of no person: Milvus filters on a plain value faster than on null
        { name: PERSON_ID, data_type: DataType.VarChar, max_length: MAX_ID_LENGTH },
        { name: EMBEDDING, data_type: DataType.FloatVector, dim: dimension },
      ],
    });
    // another process may have made it meanwhile: then what exists is checked like any existing collection
    const after = await describeFaceCollection(client, name);
    if (!after) ok(`createCollection ${name}`, created);
    return checkHolds(name, model, after ?? { model, dimension });
  }
  return checkHolds(name, model, existing);
}

function checkHolds(name: string, model: string, info: FaceCollectionInfo): FaceCollectionInfo {
  if (info.model !== undefined && info.model !== model) {
    throw new ConflictError(`Milvus collection ${name} holds the vectors of model ${info.model}, not ${model}`, {
      name,
      model,
      holds: info.model,
    });
  }
  return info;
}

/** Creates the vector index unless one exists, then loads the collection (searches need it loaded). */
export async function indexAndLoad(client: MilvusClient, name: string, spec: FaceIndexSpec): Promise<void> {
  await ensureFaceIndex(client, name, spec);
  ok(`loadCollection ${name}`, await client.loadCollectionSync({ collection_name: name, timeout: LOAD_TIMEOUT_MS }));
}

export async function ensureFaceIndex(client: MilvusClient, name: string, spec: FaceIndexSpec): Promise<void> {
  const described = await client.describeIndex({ collection_name: name, field_name: EMBEDDING });
  const existing = described.index_descriptions?.[0];
  if (existing) {
    const metric = existing.params.find((p) => p.key === 'metric_type')?.value;
    if (metric !== undefined && String(metric).toUpperCase() !== spec.metric_type.toUpperCase()) {
      throw new ConflictError(`Milvus collection ${name} is indexed with ${metric}, not ${spec.metric_type}`, { name });
    }
    return;
  }
  ok(
    `createIndex ${name}`,
    await client.createIndex({ collection_name: name, field_name: EMBEDDING, ...spec, params: { ...spec.params } }),
  );
}

/** Drops the collection; nothing to do when it does not exist. */
export async function dropCollectionIfExists(client: MilvusClient, name: string): Promise<void> {
  if (ok('hasCollection', await client.hasCollection({ collection_name: name })).value) {
    ok(`dropCollection ${name}`, await client.dropCollection({ collection_name: name }));
  }
}
