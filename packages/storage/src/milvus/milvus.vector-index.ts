// One model's vectors in its Milvus collection. Searches and counts ask for Strong consistency, so a
// search right after an upsert or delete sees it (read-your-writes, as the port's contract requires).
import { ConsistencyLevelEnum, type MilvusClient } from '@zilliz/milvus2-sdk-node';
import type { VectorFilter, VectorIndex, VectorMatch, VectorRecord } from '../ports/vector.port.js';
import { checkFaceIds, checkFilter, checkK, checkRecords, checkVector } from '../vector-args.js';
import { ok, quote } from './milvus.client.js';
import { EMBEDDING, FACE_ID, PERSON_ID } from './milvus.face-collection.js';

/** rows per request: keeps a gRPC message of 512-d vectors near 2 MB */
const BATCH = 1000;

export interface MilvusIndexSettings {
  /** HNSW candidates kept while searching; raised to k when k is larger */
  efSearch: number;
}

export class MilvusVectorIndex implements VectorIndex {
  constructor(
    private readonly client: MilvusClient,
    readonly collection: string,
    readonly model: string,
    readonly dimension: number,
    private readonly settings: MilvusIndexSettings,
  ) {}

  async upsert(records: VectorRecord[]): Promise<void> {
    const rows = checkRecords(this.model, this.dimension, records).map((r) => ({
      [FACE_ID]: r.faceId,
      [PERSON_ID]: r.personId ?? '',
      [EMBEDDING]: r.values,
    }));
    for (let i = 0; i < rows.length; i += BATCH) {
      const reply = await this.client.upsert({ collection_name: this.collection, data: rows.slice(i, i + BATCH) });
      ok(`upsert into ${this.collection}`, reply);
    }
  }

  async delete(faceIds: string[]): Promise<void> {
    const ids = checkFaceIds(faceIds);
    for (let i = 0; i < ids.length; i += BATCH) {
      const filter = `${FACE_ID} in [${ids
        .slice(i, i + BATCH)
        .map(quote)
        .join(', ')}]`;
      ok(`delete from ${this.collection}`, await this.client.delete({ collection_name: this.collection, filter }));
    }
  }

  async get(faceIds: string[]): Promise<VectorRecord[]> {
    const ids = checkFaceIds(faceIds);
    const records: VectorRecord[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const reply = ok(
        `get from ${this.collection}`,
        await this.client.query({
          collection_name: this.collection,
          filter: `${FACE_ID} in [${ids
            .slice(i, i + BATCH)
            .map(quote)
            .join(', ')}]`,
          output_fields: [FACE_ID, PERSON_ID, EMBEDDING],
          consistency_level: ConsistencyLevelEnum.Strong,
        }),
      );
      for (const row of reply.data) {
        const faceId = String(row[FACE_ID]);
        const vector = Array.from(row[EMBEDDING] as number[]);
        const personId = row[PERSON_ID] ? String(row[PERSON_ID]) : undefined;
        records.push(personId === undefined ? { faceId, vector } : { faceId, personId, vector });
      }
    }
    return records;
  }

  async search(
    vector: Float32Array | number[],
    k: number,
    filter: VectorFilter = { kind: 'all' },
  ): Promise<VectorMatch[]> {
    checkK(k);
    const query = checkVector(this.model, this.dimension, vector);
    const expression = filterExpression(checkFilter(filter));
    const reply = ok(
      `search in ${this.collection}`,
      await this.client.search({
        collection_name: this.collection,
        anns_field: EMBEDDING,
        data: query,
        limit: k,
        metric_type: 'COSINE',
        params: { ef: Math.max(this.settings.efSearch, k) },
        ...(expression ? { filter: expression } : {}),
        output_fields: [FACE_ID, PERSON_ID],
        consistency_level: ConsistencyLevelEnum.Strong,
      }),
    );
    return reply.results.map((hit) => {
      const faceId = String(hit[FACE_ID] ?? hit.id);
      const personId = hit[PERSON_ID] ? String(hit[PERSON_ID]) : undefined;
      return personId === undefined ? { faceId, similarity: hit.score } : { faceId, personId, similarity: hit.score };
    });
  }

  async count(): Promise<number> {
    const reply = ok(
      `count of ${this.collection}`,
      await this.client.query({
        collection_name: this.collection,
        output_fields: ['count(*)'],
        consistency_level: ConsistencyLevelEnum.Strong,
      }),
    );
    return Number(reply.data[0]?.['count(*)'] ?? 0);
  }
}

function filterExpression(filter: VectorFilter): string | undefined {
  switch (filter.kind) {
    case 'all':
      return undefined;
    case 'unassigned':
      return `${PERSON_ID} == ""`;
    case 'person':
      return `${PERSON_ID} == ${quote(filter.personId)}`;
  }
}
