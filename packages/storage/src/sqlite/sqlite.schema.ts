// The embedded metadata schema, migrated by the store itself when it opens. Each entry of MIGRATIONS
// brings the database from user_version = its index to index + 1; never edit a released entry, add one.
// Dates are epoch milliseconds; metadata, options and id lists are JSON; centroids are float64 blobs.
import type { Database } from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE persons (
    id          TEXT PRIMARY KEY,
    external_id TEXT UNIQUE,
    name        TEXT,
    metadata    TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE faces (
    id              TEXT PRIMARY KEY,
    person_id       TEXT,
    image_id        TEXT NOT NULL,
    model           TEXT NOT NULL,
    box_x           REAL NOT NULL,
    box_y           REAL NOT NULL,
    box_width       REAL NOT NULL,
    box_height      REAL NOT NULL,
    detection_score REAL NOT NULL,
    quality         REAL NOT NULL,
    created_at      INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX faces_by_person ON faces (person_id, id);
  CREATE INDEX faces_by_person_image ON faces (person_id, image_id);

  CREATE TABLE images (
    id           TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    bytes        INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE appearances (
    person_id  TEXT NOT NULL,
    seen_at    INTEGER NOT NULL,
    face_id    TEXT NOT NULL,
    image_id   TEXT NOT NULL,
    similarity REAL NOT NULL,
    source_id  TEXT,
    lat        REAL,
    lon        REAL,
    PRIMARY KEY (person_id, seen_at, face_id)
  ) WITHOUT ROWID;

  CREATE TABLE enroll_jobs (
    id          TEXT PRIMARY KEY,
    status      TEXT NOT NULL,
    priority    TEXT NOT NULL,
    image_id    TEXT NOT NULL,
    person_id   TEXT,
    external_id TEXT,
    options     TEXT NOT NULL,
    webhook_url TEXT,
    face_ids    TEXT NOT NULL,
    error       TEXT,
    attempts    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    created_at    INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE api_keys (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    key_hash       TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    webhook_secret TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    revoked        INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE clusters (
    id         TEXT PRIMARY KEY,
    model      TEXT NOT NULL,
    centroid   BLOB NOT NULL,
    face_ids   TEXT NOT NULL,
    person_id  TEXT,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX clusters_by_model ON clusters (model, id);
  `,
  `
  CREATE INDEX faces_by_image ON faces (image_id, id);
  `,
  // usernames ignore case: looked up by their lower-case form (usernames are ASCII, so lower() agrees with
  // JavaScript's); not unique, since two users of before may differ only in case (both stay readable)
  `
  ALTER TABLE users ADD COLUMN username_key TEXT;
  UPDATE users SET username_key = lower(username);
  CREATE INDEX users_by_username_key ON users (username_key);
  ALTER TABLE users ADD COLUMN tokens_valid_after INTEGER;
  `,
  // one name for one thing: an appearance's own id (it was face_id, which it never was)
  `
  ALTER TABLE appearances RENAME COLUMN face_id TO appearance_id;
  `,
  // persons listed newest first or by name (personNameKey of the domain: '0' + the name in lower case, '1' for none)
  `
  ALTER TABLE persons ADD COLUMN name_key TEXT NOT NULL DEFAULT '1';
  UPDATE persons SET name_key = '0' || lower(name) WHERE name IS NOT NULL;
  CREATE INDEX persons_by_created ON persons (created_at DESC, id);
  CREATE INDEX persons_by_name ON persons (name_key, id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

const versionOf = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the database to SCHEMA_VERSION, one migration per IMMEDIATE transaction (which re-reads the
 * version under the write lock, so two processes opening a new file at once do not both migrate).
 * Refuses a database written by a newer version of the code rather than guess at its tables.
 */
export function migrateSchema(db: Database): number {
  const step = db.transaction((): boolean => {
    const version = versionOf(db);
    if (version > SCHEMA_VERSION)
      throw new Error(`metadata database is at schema version ${version}, newer than this code (${SCHEMA_VERSION})`);
    if (version === SCHEMA_VERSION) return false;
    db.exec(MIGRATIONS[version] as string);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per round, until the version is current
  }
  return versionOf(db);
}
