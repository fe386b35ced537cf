import type { ApiKey } from '@freeface/domain';
import type { ApiKeyRepository } from '../ports/metadata.port.js';
import { type CqlSession, insertInto, type Row } from './scylla.session.js';

// api_keys is keyed by the key's hash (every authenticated request looks one up); api_keys_by_id
// finds the hash for revoke. list() reads the whole table: keys are few.

const COLUMNS = 'key_hash, id, name, role, webhook_secret, created_at, revoked';
const Q = {
  byHash: `SELECT ${COLUMNS} FROM api_keys WHERE key_hash = ?`,
  list: `SELECT ${COLUMNS} FROM api_keys`,
  hashOf: 'SELECT key_hash FROM api_keys_by_id WHERE id = ?',
  revoke: 'UPDATE api_keys SET revoked = true WHERE key_hash = ?',
};

const toApiKey = (row: Row): ApiKey => ({
  id: row.get('id'),
  name: row.get('name'),
  keyHash: row.get('key_hash'),
  role: row.get('role'),
  webhookSecret: row.get('webhook_secret'),
  createdAt: row.get('created_at'),
  revoked: row.get('revoked') === true,
});

export class ScyllaApiKeyRepository implements ApiKeyRepository {
  constructor(private readonly session: CqlSession) {}

  async create(key: ApiKey): Promise<void> {
    await this.session.batch([
      insertInto('api_keys', {
        key_hash: key.keyHash,
        id: key.id,
        name: key.name,
        role: key.role,
        webhook_secret: key.webhookSecret,
        created_at: key.createdAt,
        revoked: key.revoked,
      }),
      insertInto('api_keys_by_id', { id: key.id, key_hash: key.keyHash }),
    ]);
  }

  async getByHash(keyHash: string): Promise<ApiKey | undefined> {
    const row = await this.session.first(Q.byHash, [keyHash]);
    return row && toApiKey(row);
  }

  async list(): Promise<ApiKey[]> {
    return (await this.session.all(Q.list, [])).map(toApiKey);
  }

  /** like the SQLite store, revoking an unknown id does nothing */
  async revoke(id: string): Promise<void> {
    const row = await this.session.first(Q.hashOf, [id]);
    if (row) await this.session.write(Q.revoke, [row.get('key_hash')]);
  }
}
