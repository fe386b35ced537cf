import type { Config } from '@freeface/config';
import { UnavailableError } from '@freeface/domain';
import type { Client } from 'cassandra-driver';
import { createScyllaClient } from '../scylla/scylla.client.js';
import { cqlIdentifier, replicationMap } from '../scylla/scylla.keyspace.js';
import type { AppliedMigration, MigrationTarget } from './migration-target.js';

// The migrator's view of ScyllaDB: the keyspace (replication from the scylla.replication setting),
// a schema_migrations history table in it, and CQL statements run in that keyspace. Every schema
// change waits until all nodes agree on the schema before the next statement runs.

const HISTORY = 'schema_migrations';

/** documented by cassandra-driver, missing from its typings */
interface SchemaAgreement {
  info: { isSchemaInAgreement?: boolean };
}
interface SchemaAgreementCheck {
  metadata: { checkSchemaAgreement(): Promise<boolean> };
}
/** how long run() waits for the nodes to agree on a schema change before it gives up */
const AGREEMENT_TIMEOUT_MS = 60_000;

export interface ScyllaMigrationTargetOptions {
  /** default: the scylla.keyspace setting */
  keyspace?: string;
}

/** A target whose connection is up; UnavailableError when the cluster cannot be reached. */
export async function openScyllaMigrationTarget(
  config: Config,
  options: ScyllaMigrationTargetOptions = {},
): Promise<ScyllaMigrationTarget> {
  const target = new ScyllaMigrationTarget(config, options);
  await target.connect();
  return target;
}

export class ScyllaMigrationTarget implements MigrationTarget {
  readonly database = 'scylla' as const;
  readonly keyspace: string;
  private readonly client: Client;
  private readonly replication: string;
  private prepared = false;

  constructor(config: Config, options: ScyllaMigrationTargetOptions = {}) {
    this.keyspace = cqlIdentifier(options.keyspace ?? config.scylla.keyspace);
    this.replication = replicationMap(config.scylla.replication);
    // no keyspace at connect: it may not exist yet; prepare() makes it and switches to it
    this.client = createScyllaClient(config);
  }

  async connect(): Promise<void> {
    try {
      await this.client.connect();
    } catch (error) {
      await this.client.shutdown().catch(() => {});
      throw new UnavailableError(`cannot reach ScyllaDB: ${(error as Error).message}`);
    }
  }

  async prepare(): Promise<void> {
    await this.schemaChange(
      `CREATE KEYSPACE IF NOT EXISTS ${this.keyspace} WITH replication = ${this.replication} AND durable_writes = true`,
    );
    await this.client.execute(`USE ${this.keyspace}`, [], { prepare: false });
    await this.schemaChange(
      `CREATE TABLE IF NOT EXISTS ${this.keyspace}.${HISTORY} (version int PRIMARY KEY, name text, checksum text, ` +
        'applied_at timestamp, duration_ms int, success boolean, error text)',
    );
    this.prepared = true;
  }

  async history(): Promise<AppliedMigration[]> {
    const result = await this.client.execute(
      `SELECT version, name, checksum, applied_at, duration_ms, success, error FROM ${this.keyspace}.${HISTORY}`,
      [],
      { prepare: true },
    );
    return result.rows
      .map((row): AppliedMigration => {
        const entry: AppliedMigration = {
          version: row.get('version'),
          name: row.get('name'),
          checksum: row.get('checksum'),
          appliedAt: row.get('applied_at'),
          durationMs: row.get('duration_ms'),
          success: row.get('success') === true,
        };
        const error = row.get('error') as string | null;
        if (error !== null) entry.error = error;
        return entry;
      })
      .sort((a, b) => a.version - b.version);
  }

  /** runs CQL statements in the keyspace, in order, each after the schema of the one before is agreed */
  async run(statements: unknown[]): Promise<void> {
    if (!this.prepared) await this.prepare();
    for (const statement of statements) {
      if (typeof statement !== 'string')
        throw new Error(`a scylla migration statement is CQL text, not ${typeof statement}`);
      await this.schemaChange(statement);
    }
  }

  async record(entry: AppliedMigration): Promise<void> {
    await this.client.execute(
      `INSERT INTO ${this.keyspace}.${HISTORY} (version, name, checksum, applied_at, duration_ms, success, error) ` +
        'VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        entry.version,
        entry.name,
        entry.checksum,
        entry.appliedAt,
        Math.round(entry.durationMs),
        entry.success,
        entry.error ?? null,
      ],
      { prepare: true },
    );
  }

  async forget(version: number): Promise<void> {
    await this.client.execute(`DELETE FROM ${this.keyspace}.${HISTORY} WHERE version = ?`, [version], {
      prepare: true,
    });
  }

  async listTables(): Promise<string[]> {
    const result = await this.client.execute(
      'SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?',
      [this.keyspace],
      { prepare: true },
    );
    return result.rows.map((row) => row.get('table_name') as string).filter((name) => name !== HISTORY);
  }

  async truncate(tables: string[]): Promise<void> {
    for (const table of tables) {
      await this.client.execute(`TRUNCATE ${this.keyspace}.${cqlIdentifier(table, 'table')}`, [], { prepare: false });
    }
  }

  async erase(): Promise<void> {
    await this.schemaChange(`DROP KEYSPACE IF EXISTS ${this.keyspace}`);
    this.prepared = false;
  }

  async close(): Promise<void> {
    await this.client.shutdown();
  }

  private async schemaChange(statement: string): Promise<void> {
    // schema statements run once: not prepared (a prepared unqualified statement is tied to the keyspace
    // of the connection that prepared it)
    const result = (await this.client.execute(statement, [], { prepare: false })) as unknown as SchemaAgreement;
    // the driver waits a while on its own (protocolOptions.maxSchemaAgreementWaitSeconds); keep waiting if needed
    if (result.info.isSchemaInAgreement === false) await this.awaitSchemaAgreement(statement);
  }

  private async awaitSchemaAgreement(statement: string): Promise<void> {
    const deadline = Date.now() + AGREEMENT_TIMEOUT_MS;
    while (!(await (this.client as unknown as SchemaAgreementCheck).metadata.checkSchemaAgreement())) {
      if (Date.now() > deadline) {
        throw new Error(
          `the nodes did not agree on the schema within ${AGREEMENT_TIMEOUT_MS / 1000} s after: ${statement}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
