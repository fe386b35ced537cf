// The embedded metadata store: one SQLite file under the data dir, in WAL mode, its schema migrated at
// open. better-sqlite3 is synchronous, so each call runs to its end before the next starts: a check and
// a write in one transaction cannot interleave with another caller's in this process.
import { join } from 'node:path';
import { UnavailableError } from '@freeface/domain';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { MetadataStore } from '../ports/metadata.port.js';
import { makePrivateDirSync, makePrivateFileSync } from '../private-files.js';
import { SqliteApiKeyRepository } from './sqlite.api-key.repository.js';
import { SqliteAppearanceRepository } from './sqlite.appearance.repository.js';
import { SqliteAuditRepository } from './sqlite.audit.repository.js';
import { SqliteClusterRepository } from './sqlite.cluster.repository.js';
import { SqliteEnrollJobRepository } from './sqlite.enroll-job.repository.js';
import { SqliteFaceRepository } from './sqlite.face.repository.js';
import { SqliteImageRepository } from './sqlite.image.repository.js';
import { SqlitePersonRepository } from './sqlite.person.repository.js';
import { migrateSchema } from './sqlite.schema.js';
import { SqliteUserRepository } from './sqlite.user.repository.js';

export interface SqliteMetadataStoreOptions {
  /** the data dir (settings runtime.dataDir); made when missing */
  dataDir: string;
  /** the database file inside dataDir */
  fileName?: string;
  /** how long a write waits for another process's lock before failing */
  busyTimeoutMs?: number;
}

export const DEFAULT_METADATA_FILE = 'metadata.sqlite';

class SqliteMetadataStore implements MetadataStore {
  readonly persons;
  readonly faces;
  readonly images;
  readonly appearances;
  readonly jobs;
  readonly users;
  readonly apiKeys;
  readonly clusters;
  readonly audit;
  private readonly probe;

  constructor(
    private readonly db: Database,
    private readonly file: string,
  ) {
    this.persons = new SqlitePersonRepository(db);
    this.faces = new SqliteFaceRepository(db);
    this.images = new SqliteImageRepository(db);
    this.appearances = new SqliteAppearanceRepository(db);
    this.jobs = new SqliteEnrollJobRepository(db);
    this.users = new SqliteUserRepository(db);
    this.apiKeys = new SqliteApiKeyRepository(db);
    this.clusters = new SqliteClusterRepository(db);
    this.audit = new SqliteAuditRepository(db);
    this.probe = db.prepare('SELECT 1');
  }

  async ping(): Promise<void> {
    if (!this.db.open) throw new UnavailableError('the metadata database is closed', { file: this.file });
    try {
      this.probe.get();
    } catch (error) {
      throw new UnavailableError(`the metadata database does not answer: ${(error as Error).message}`, {
        file: this.file,
      });
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Opens (creating and migrating when needed) <dataDir>/metadata.sqlite. */
export async function openSqliteMetadataStore(options: SqliteMetadataStoreOptions): Promise<MetadataStore> {
  makePrivateDirSync(options.dataDir);
  const file = join(options.dataDir, options.fileName ?? DEFAULT_METADATA_FILE);
  makePrivateFileSync(file); // SQLite gives its -wal and -shm files the mode of the database
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    migrateSchema(db);
    return new SqliteMetadataStore(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
}
