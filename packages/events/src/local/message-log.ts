import { createHash } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

// The embedded event bus keeps its messages in SQLite (WAL): an append-only log per topic partition and the
// next offset of each consumer group, in the same file, so a restart finds every message not yet handled.

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS topics (
    name       TEXT PRIMARY KEY,
    partitions INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS messages (
    topic        TEXT NOT NULL,
    partition    INTEGER NOT NULL,
    offset       INTEGER NOT NULL,
    key          TEXT,
    value        TEXT NOT NULL,
    headers      TEXT,
    published_at INTEGER NOT NULL,
    PRIMARY KEY (topic, partition, offset)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS group_offsets (
    grp         TEXT NOT NULL,
    topic       TEXT NOT NULL,
    partition   INTEGER NOT NULL,
    next_offset INTEGER NOT NULL,
    PRIMARY KEY (grp, topic, partition)
  ) WITHOUT ROWID;
`;

export interface StoredMessage {
  readonly offset: number;
  readonly key: string | null;
  readonly value: string;
  /** the message's headers as a JSON object of strings (the trace context), or null */
  readonly headers: string | null;
}

/** Kafka spreads keys over partitions by a hash of the key too: one key, one partition, its order kept. */
export const partitionOf = (key: string, partitions: number): number =>
  createHash('sha256').update(key).digest().readUInt32BE(0) % partitions;

export class MessageLog {
  readonly #db: Database.Database;

  constructor(file: string) {
    // events carry face ids and person ids: private to the service's user, as the rest of the data dir
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    // every publish and commit is on disk before it resolves
    this.#db.pragma('synchronous = FULL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(SCHEMA);
    // a log made before messages had headers
    const columns = this.#db.prepare('PRAGMA table_info(messages)').all() as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'headers')) this.#db.exec('ALTER TABLE messages ADD COLUMN headers TEXT');
  }

  createTopic(name: string, partitions: number): void {
    this.#db.prepare('INSERT OR IGNORE INTO topics (name, partitions) VALUES (?, ?)').run(name, partitions);
  }

  deleteTopic(name: string): void {
    this.#db.transaction(() => {
      for (const table of ['messages', 'group_offsets'])
        this.#db.prepare(`DELETE FROM ${table} WHERE topic = ?`).run(name);
      this.#db.prepare('DELETE FROM topics WHERE name = ?').run(name);
    })();
  }

  deleteGroup(group: string): void {
    this.#db.prepare('DELETE FROM group_offsets WHERE grp = ?').run(group);
  }

  partitions(topic: string): number | undefined {
    const row = this.#db.prepare('SELECT partitions FROM topics WHERE name = ?').get(topic) as
      | { partitions: number }
      | undefined;
    return row?.partitions;
  }

  /** Appends at the end of the partition; returns the offset. */
  append(topic: string, partition: number, key: string, value: string, headers?: Record<string, string>): number {
    const write = this.#db.transaction(() => {
      const last = this.#db
        .prepare('SELECT MAX(offset) AS last FROM messages WHERE topic = ? AND partition = ?')
        .get(topic, partition) as { last: number | null };
      const committed = this.#db
        .prepare('SELECT MAX(next_offset) AS next FROM group_offsets WHERE topic = ? AND partition = ?')
        .get(topic, partition) as { next: number | null };
      // offsets never go back, even after the retention removed every message of the partition
      const offset = Math.max((last.last ?? -1) + 1, committed.next ?? 0);
      this.#db
        .prepare(
          'INSERT INTO messages (topic, partition, offset, key, value, headers, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(topic, partition, offset, key, value, headers ? JSON.stringify(headers) : null, Date.now());
      return offset;
    });
    return write.immediate();
  }

  /** The group's next offset in the partition: where it stopped, else the oldest message kept. */
  nextOffset(group: string, topic: string, partition: number): number {
    const row = this.#db
      .prepare('SELECT next_offset FROM group_offsets WHERE grp = ? AND topic = ? AND partition = ?')
      .get(group, topic, partition) as { next_offset: number } | undefined;
    if (row) return row.next_offset;
    const first = this.#db
      .prepare('SELECT MIN(offset) AS first FROM messages WHERE topic = ? AND partition = ?')
      .get(topic, partition) as { first: number | null };
    return first.first ?? 0;
  }

  /** Messages of the partition at or after the group's next offset. */
  lag(group: string, topic: string, partition: number): number {
    const next = this.nextOffset(group, topic, partition);
    const row = this.#db
      .prepare('SELECT COUNT(*) AS n FROM messages WHERE topic = ? AND partition = ? AND offset >= ?')
      .get(topic, partition, next) as { n: number };
    return row.n;
  }

  /** Marks where a group starts in a partition (its next offset), so pruning keeps what it has not read. */
  join(group: string, topic: string, partition: number): number {
    const next = this.nextOffset(group, topic, partition);
    this.#db
      .prepare('INSERT OR IGNORE INTO group_offsets (grp, topic, partition, next_offset) VALUES (?, ?, ?, ?)')
      .run(group, topic, partition, next);
    return next;
  }

  /** The first message at or after offset. */
  read(topic: string, partition: number, offset: number): StoredMessage | undefined {
    return this.#db
      .prepare(
        'SELECT offset, key, value, headers FROM messages WHERE topic = ? AND partition = ? AND offset >= ? ORDER BY offset LIMIT 1',
      )
      .get(topic, partition, offset) as StoredMessage | undefined;
  }

  commit(group: string, topic: string, partition: number, nextOffset: number): void {
    this.#db
      .prepare(
        `INSERT INTO group_offsets (grp, topic, partition, next_offset) VALUES (?, ?, ?, ?)
         ON CONFLICT (grp, topic, partition) DO UPDATE SET next_offset = MAX(next_offset, excluded.next_offset)`,
      )
      .run(group, topic, partition, nextOffset);
  }

  /**
   * Removes the messages every group that reads the partition has handled, and any older than maxAgeMs
   * (handled or not, like a Kafka retention). A partition no group reads yet keeps its messages until then.
   */
  prune(maxAgeMs: number): number {
    const handled = this.#db
      .prepare(
        `DELETE FROM messages WHERE offset < (
           SELECT MIN(o.next_offset) FROM group_offsets o
           WHERE o.topic = messages.topic AND o.partition = messages.partition)`,
      )
      .run().changes;
    const old = this.#db.prepare('DELETE FROM messages WHERE published_at < ?').run(Date.now() - maxAgeMs).changes;
    return handled + old;
  }

  ping(): void {
    this.#db.prepare('SELECT 1').get();
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
