// What the migrator needs from a database: a history table and a way to run one migration's statements.
// scylla.migration-target.ts and milvus.migration-target.ts implement it; migrator.ts holds the logic
// (ordering, checksums, status, up, down) once for both.

export type Database = 'scylla' | 'milvus';

/** One file of db/migration/<database>/, e.g. 001_init.cql or 001_face_embeddings.json */
export interface MigrationFile {
  /** the number in the file name, e.g. 1 */
  version: number;
  /** the file name without number and extension, e.g. "init" */
  name: string;
  /** sha256 of the file's bytes, hex */
  checksum: string;
  /** the statements of the up part, in order (CQL statements, or Milvus operations as JSON objects) */
  up: unknown[];
  /** the statements of the down part, in order; empty when the migration cannot be reverted */
  down: unknown[];
}

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
  appliedAt: Date;
  durationMs: number;
  /** false: the migration failed part-way (recorded so status shows it and up stops) */
  success: boolean;
  error?: string;
}

export interface MigrationTarget {
  readonly database: Database;
  /** creates the keyspace/database and the history table when missing */
  prepare(): Promise<void>;
  /** the history, oldest first */
  history(): Promise<AppliedMigration[]>;
  /** runs statements in order; throws on the first failure */
  run(statements: unknown[]): Promise<void>;
  /** stores the entry, replacing any earlier entry of the same version (a failed try, then a success) */
  record(entry: AppliedMigration): Promise<void>;
  forget(version: number): Promise<void>;
  /** the tables (scylla) or collections (milvus) that exist, besides the history */
  listTables(): Promise<string[]>;
  /** empties the named tables/collections, keeping their schema */
  truncate(tables: string[]): Promise<void>;
  /** drops everything the migrations made, and the history */
  erase(): Promise<void>;
  close(): Promise<void>;
}
