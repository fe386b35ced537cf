import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrateSchema, SCHEMA_VERSION } from './sqlite.schema.js';

const tables = (db: BetterSqlite3.Database) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);

describe('sqlite metadata schema', () => {
  it('migrates a new database to the current version, and is a no-op the second time', () => {
    const db = new BetterSqlite3(':memory:');
    expect(migrateSchema(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual([
      'api_keys',
      'appearances',
      'audit_log',
      'audit_persons',
      'clusters',
      'enroll_jobs',
      'faces',
      'failed_job_images',
      'images',
      'persons',
      'users',
    ]);
    db.prepare("INSERT INTO images VALUES ('a', 'image/png', 1, 1, 1, 0)").run();
    migrateSchema(db);
    expect(db.prepare('SELECT count(*) AS n FROM images').get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a database written by a newer version', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrateSchema(db)).toThrow(/newer than this code/);
    db.close();
  });
});
