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
  // jobs listed newest first, by status and priority (issue 14); how each job's webhook went
  `
  ALTER TABLE enroll_jobs ADD COLUMN webhook_delivery TEXT;
  CREATE INDEX enroll_jobs_by_status ON enroll_jobs (status, priority, created_at, id);
  CREATE INDEX enroll_jobs_by_created ON enroll_jobs (created_at, id);
  `,
  // biometric data protection: the audit trail (an entry, and the persons it is about), retention of a
  // person's appearances and of failed jobs' images
  `
  CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    client_address TEXT,
    person_ids TEXT NOT NULL,
    status INTEGER NOT NULL,
    request_id TEXT
  ) WITHOUT ROWID;
  CREATE INDEX audit_by_time ON audit_log (at, id);
  CREATE INDEX audit_by_actor ON audit_log (actor_id, at, id);
  CREATE TABLE audit_persons (
    person_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    entry_id TEXT NOT NULL,
    PRIMARY KEY (person_id, at, entry_id)
  ) WITHOUT ROWID;
  ALTER TABLE persons ADD COLUMN retention_days INTEGER;
  CREATE INDEX appearances_by_time ON appearances (person_id, seen_at);
  CREATE TABLE failed_job_images (
    failed_at INTEGER NOT NULL,
    job_id TEXT NOT NULL,
    image_id TEXT NOT NULL,
    PRIMARY KEY (failed_at, job_id)
  ) WITHOUT ROWID;
  `,
  // a person's erasure finds the jobs that name them
  `
  CREATE INDEX enroll_jobs_by_person ON enroll_jobs (person_id);
  CREATE INDEX enroll_jobs_by_external_id ON enroll_jobs (external_id);
  CREATE INDEX failed_job_images_by_job ON failed_job_images (job_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

const versionOf = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the database to SCHEMA_VERSION, one migration per IMMEDIATE transaction (which re-reads the
 * version under the write lock, so two processes opening a new file at once do not both migrate).
 * Refuses a database written by a newer version of the code rather than guess at its tables.
 */
export function migrateSchema(db: Database, upTo = SCHEMA_VERSION): number {
  const step = db.transaction((): boolean => {
    const version = versionOf(db);
    if (version > SCHEMA_VERSION)
      throw new Error(`metadata database is at schema version ${version}, newer than this code (${SCHEMA_VERSION})`);
    if (version >= upTo) return false;
    db.exec(MIGRATIONS[version] as string);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per round, until the version is current
  }
  return versionOf(db);
}
