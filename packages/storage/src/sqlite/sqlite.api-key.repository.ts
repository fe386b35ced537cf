import { type ApiKey, ConflictError } from '@freeface/domain';
import type { Database } from 'better-sqlite3';
import type { ApiKeyRepository } from '../ports/metadata.port.js';
import { date, isUniqueViolation, ms } from './sqlite.rows.js';

interface ApiKeyRow {
  id: string;
  name: string;
  key_hash: string;
  role: ApiKey['role'];
  webhook_secret: string;
  created_at: number;
  revoked: number;
}

const COLUMNS = 'id, name, key_hash, role, webhook_secret, created_at, revoked';

const toKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  keyHash: row.key_hash,
  role: row.role,
  webhookSecret: row.webhook_secret,
  createdAt: date(row.created_at),
  revoked: row.revoked !== 0,
});

export class SqliteApiKeyRepository implements ApiKeyRepository {
  private readonly insert;
  private readonly byHash;
  private readonly all;
  private readonly markRevoked;

  constructor(db: Database) {
    this.insert = db.prepare<ApiKeyRow>(
      `INSERT INTO api_keys (${COLUMNS}) VALUES (@id, @name, @key_hash, @role, @webhook_secret, @created_at, @revoked)`,
    );
    this.byHash = db.prepare<[string], ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys WHERE key_hash = ?`);
    this.all = db.prepare<[], ApiKeyRow>(`SELECT ${COLUMNS} FROM api_keys ORDER BY created_at, id`);
    this.markRevoked = db.prepare<[string]>('UPDATE api_keys SET revoked = 1 WHERE id = ?');
  }

  /** ConflictError when the id or the key hash exists already. */
  async create(key: ApiKey): Promise<void> {
    try {
      this.insert.run({
        id: key.id,
        name: key.name,
        key_hash: key.keyHash,
        role: key.role,
        webhook_secret: key.webhookSecret,
        created_at: ms(key.createdAt),
        revoked: key.revoked ? 1 : 0,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`api key ${key.id} exists`, { id: key.id });
      throw error;
    }
  }

  async getByHash(keyHash: string): Promise<ApiKey | undefined> {
    const row = this.byHash.get(keyHash);
    return row && toKey(row);
  }

  async list(): Promise<ApiKey[]> {
    return this.all.all().map(toKey);
  }

  /** keeps the key, marked revoked; an unknown id changes nothing */
  async revoke(id: string): Promise<void> {
    this.markRevoked.run(id);
  }
}
