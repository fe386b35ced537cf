import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteMetadataStore } from './sqlite.metadata-store.js';
import { migrateSchema, SCHEMA_VERSION } from './sqlite.schema.js';

// Usernames ignore case, and the users of before that differ only in case stay readable after the migration.

/** a database as the version before usernames ignored case left it, with two such users */
function oldDatabase(dataDir: string): void {
  const db = new BetterSqlite3(join(dataDir, 'metadata.sqlite'));
  migrateSchema(db);
  db.exec(`DROP INDEX users_by_username_key;
    ALTER TABLE users DROP COLUMN username_key; ALTER TABLE users DROP COLUMN tokens_valid_after;
    ALTER TABLE appearances RENAME COLUMN appearance_id TO face_id;
    DROP INDEX persons_by_created; DROP INDEX persons_by_name; ALTER TABLE persons DROP COLUMN name_key;`);
  // the migrations after it: usernames ignoring case, appearance_id, the persons' orders
  db.pragma(`user_version = ${SCHEMA_VERSION - 3}`);
  const insert = db.prepare('INSERT INTO users VALUES (?, ?, ?, ?, ?)');
  insert.run('u-old', 'fz_admin2', 'hash-1', 'admin', 1000);
  insert.run('u-new', 'FZ_ADMIN2', 'hash-2', 'viewer', 2000);
  db.close();
}

describe('sqlite users', () => {
  it('keeps users of before that differ only in case readable, and refuses new such usernames', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ff-users-'));
    oldDatabase(dataDir);
    const store = await openSqliteMetadataStore({ dataDir });
    expect((await store.users.getByUsername('fz_admin2'))?.id).toBe('u-old');
    expect((await store.users.getByUsername('FZ_ADMIN2'))?.id).toBe('u-new');
    expect((await store.users.getByUsername('Fz_Admin2'))?.id).toBe('u-old'); // the older one
    const user = {
      id: 'u-3',
      username: 'Fz_ADMIN2',
      passwordHash: 'h',
      role: 'viewer' as const,
      createdAt: new Date(),
    };
    await expect(store.users.create(user)).rejects.toThrow(/taken/);
    await store.users.create({ ...user, username: 'Ada' });
    expect((await store.users.getByUsername('ADA'))?.id).toBe('u-3');
    await expect(store.users.create({ ...user, id: 'u-4', username: 'ada' })).rejects.toThrow(/taken/);

    const validAfter = new Date(5000);
    await store.users.update({ ...user, username: 'Ada', passwordHash: 'h2', tokensValidAfter: validAfter });
    expect(await store.users.get('u-3')).toMatchObject({ passwordHash: 'h2', tokensValidAfter: validAfter });
    await store.close();
  });
});
