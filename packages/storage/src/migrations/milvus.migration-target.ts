// Milvus as a migration target. The history lives in Milvus itself, in a small collection
// `${collectionPrefix}__schema_migrations` (the double "_" keeps it apart from every model's collection),
// one row per migration keyed by version; Milvus wants a vector field in every collection, so it has a
// 2-d placeholder. Keeping it in Milvus means the history goes wherever the collections go (a restored
// backup, another cluster) and Milvus needs nothing else to migrate it.
import type { Config } from '@freeface/config';
import { ConsistencyLevelEnum, DataType, type MilvusClient } from '@zilliz/milvus2-sdk-node';
import { createMilvusClient, ok } from '../milvus/milvus.client.js';
import { dropCollectionIfExists, faceCollectionName } from '../milvus/milvus.face-collection.js';
import type { AppliedMigration, MigrationTarget } from './migration-target.js';
import { parseOperations, runOperation } from './milvus.migration-ops.js';

const MAX_ERROR = 4000;
const PLACEHOLDER = [1, 0];

export interface MilvusMigrationTargetOptions {
  /** overrides the milvus.collectionPrefix setting (tests use a prefix per run) */
  collectionPrefix?: string;
}

export async function openMilvusMigrationTarget(
  config: Config,
  options: MilvusMigrationTargetOptions = {},
): Promise<MigrationTarget> {
  const prefix = options.collectionPrefix ?? config.milvus.collectionPrefix;
  faceCollectionName(prefix, 'x'); // refuses a prefix Milvus cannot take
  return new MilvusMigrationTarget(createMilvusClient(config), prefix);
}

class MilvusMigrationTarget implements MigrationTarget {
  readonly database = 'milvus' as const;
  private readonly historyCollection: string;

  constructor(
    private readonly client: MilvusClient,
    private readonly prefix: string,
  ) {
    this.historyCollection = `${prefix}__schema_migrations`;
  }

  async prepare(): Promise<void> {
    const name = this.historyCollection;
    if (!ok('hasCollection', await this.client.hasCollection({ collection_name: name })).value) {
      const created = await this.client.createCollection({
        collection_name: name,
        consistency_level: 'Strong',
        fields: [
          { name: 'version', data_type: DataType.Int64, is_primary_key: true },
          { name: 'name', data_type: DataType.VarChar, max_length: 256 },
          { name: 'checksum', data_type: DataType.VarChar, max_length: 64 },
          { name: 'applied_at', data_type: DataType.Int64 },
          { name: 'duration_ms', data_type: DataType.Int64 },
          { name: 'success', data_type: DataType.Bool },
          { name: 'error', data_type: DataType.VarChar, max_length: MAX_ERROR + 16 },
          { name: 'placeholder', data_type: DataType.FloatVector, dim: PLACEHOLDER.length },
        ],
      });
      // a concurrent prepare may have won the race; what counts is that it exists now
      if (!ok('hasCollection', await this.client.hasCollection({ collection_name: name })).value) {
        ok(`createCollection ${name}`, created);
      }
    }
    const index = await this.client.describeIndex({ collection_name: name, field_name: 'placeholder' });
    if (!index.index_descriptions?.length) {
      ok(
        `createIndex ${name}`,
        await this.client.createIndex({
          collection_name: name,
          field_name: 'placeholder',
          index_type: 'FLAT',
          metric_type: 'L2',
        }),
      );
    }
    ok(`loadCollection ${name}`, await this.client.loadCollectionSync({ collection_name: name }));
  }

  async history(): Promise<AppliedMigration[]> {
    const reply = ok(
      'query the migration history',
      await this.client.query({
        collection_name: this.historyCollection,
        filter: 'version >= 0',
        output_fields: ['version', 'name', 'checksum', 'applied_at', 'duration_ms', 'success', 'error'],
        limit: 16_384,
        consistency_level: ConsistencyLevelEnum.Strong,
      }),
    );
    return reply.data
      .map((row) => ({
        version: Number(row.version),
        name: String(row.name),
        checksum: String(row.checksum),
        appliedAt: new Date(Number(row.applied_at)),
        durationMs: Number(row.duration_ms),
        success: row.success === true,
        ...(row.error ? { error: String(row.error) } : {}),
      }))
      .sort((a, b) => a.version - b.version);
  }

  async run(statements: unknown[]): Promise<void> {
    for (const operation of parseOperations(statements)) await runOperation(this.client, this.prefix, operation);
  }

  async record(entry: AppliedMigration): Promise<void> {
    const row = {
      version: entry.version,
      name: entry.name,
      checksum: entry.checksum,
      applied_at: entry.appliedAt.getTime(),
      duration_ms: Math.round(entry.durationMs),
      success: entry.success,
      error: (entry.error ?? '').slice(0, MAX_ERROR),
      placeholder: PLACEHOLDER,
    };
    ok('record a migration', await this.client.upsert({ collection_name: this.historyCollection, data: [row] }));
  }

  async forget(version: number): Promise<void> {
    const filter = `version == ${Math.trunc(version)}`;
    ok('forget a migration', await this.client.delete({ collection_name: this.historyCollection, filter }));
  }

  async listTables(): Promise<string[]> {
    const reply = ok('showCollections', await this.client.showCollections());
    return reply.data
      .map((c) => c.name)
      .filter((name) => name.startsWith(`${this.prefix}_`) && name !== this.historyCollection)
      .sort();
  }

  async truncate(tables: string[]): Promise<void> {
    for (const name of tables) {
      const described = ok(
        `describeCollection ${name}`,
        await this.client.describeCollection({ collection_name: name }),
      );
      const key = described.schema.fields.find((f) => f.is_primary_key);
      if (!key) throw new Error(`collection ${name} has no primary key`);
      // an expression true of every row: Milvus deletes by expression, and has no truncate
      const filter = key.data_type === 'VarChar' ? `${key.name} like "%"` : `${key.name} >= 0 || ${key.name} < 0`;
      ok(`loadCollection ${name}`, await this.client.loadCollectionSync({ collection_name: name }));
      ok(`delete all of ${name}`, await this.client.delete({ collection_name: name, filter }));
    }
  }

  async erase(): Promise<void> {
    for (const name of [...(await this.listTables()), this.historyCollection]) {
      await dropCollectionIfExists(this.client, name);
    }
  }

  async close(): Promise<void> {
    await this.client.closeConnection();
  }
}
