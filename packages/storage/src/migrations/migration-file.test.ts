import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@freeface/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitCqlMigration } from './cql-splitter.js';
import { readMigrations } from './migration-file.js';

describe('splitCqlMigration', () => {
  it('splits up and down on ; and leaves comments out', () => {
    const { up, down } = splitCqlMigration(`-- a header comment
-- migrate:up
CREATE TABLE a (id text PRIMARY KEY); -- trailing comment
/* a block
   comment; with a semicolon */
CREATE TABLE b (
  id text PRIMARY KEY, // the id
  n int
);
-- migrate:down
DROP TABLE b;
DROP TABLE a;
`);
    expect(up).toEqual([
      'CREATE TABLE a (id text PRIMARY KEY)',
      expect.stringMatching(/^CREATE TABLE b \(\s+id text PRIMARY KEY,\s+n int\s+\)$/),
    ]);
    expect(down).toEqual(['DROP TABLE b', 'DROP TABLE a']);
  });

  it('keeps ; and comment marks inside strings, quoted names and $$ literals', () => {
    const { up } = splitCqlMigration(`-- migrate:up
INSERT INTO t (id, v) VALUES ('a;b', 'it''s -- not a comment');
CREATE TABLE "odd;name" ("col""; x" text PRIMARY KEY);
INSERT INTO t (id, v) VALUES ('c', $$ two; parts /* here */ $$);
`);
    expect(up).toEqual([
      "INSERT INTO t (id, v) VALUES ('a;b', 'it''s -- not a comment')",
      'CREATE TABLE "odd;name" ("col""; x" text PRIMARY KEY)',
      "INSERT INTO t (id, v) VALUES ('c', $$ two; parts /* here */ $$)",
    ]);
  });

  it('gives an empty down part when there is none', () => {
    expect(splitCqlMigration('-- migrate:up\nCREATE TABLE a (id int PRIMARY KEY);\n')).toEqual({
      up: ['CREATE TABLE a (id int PRIMARY KEY)'],
      down: [],
    });
    expect(splitCqlMigration('-- migrate:up\nCREATE TABLE a (id int PRIMARY KEY);\n-- migrate:down\n').down).toEqual(
      [],
    );
  });

  it('refuses malformed files, naming the file and line', () => {
    const bad = (text: string) => () => splitCqlMigration(text, '009_bad.cql');
    expect(bad('CREATE TABLE a (id int PRIMARY KEY);')).toThrow(/009_bad\.cql:1: no -- migrate:up/);
    expect(bad('CREATE TABLE x (id int PRIMARY KEY);\n-- migrate:up\n')).toThrow(/before -- migrate:up/);
    expect(bad('-- migrate:up\nCREATE TABLE a (id int PRIMARY KEY)\n-- migrate:down\nDROP TABLE a;')).toThrow(
      /009_bad\.cql:3: statement not ended with ';'/,
    );
    expect(bad('-- migrate:up\nDROP TABLE a')).toThrow(/not ended with ';' at the end/);
    expect(bad('-- migrate:up\n-- migrate:up\n')).toThrow(/appears twice/);
    expect(bad('-- migrate:down\n-- migrate:up\n')).toThrow(/must come before/);
    expect(bad("-- migrate:up\nINSERT INTO t (v) VALUES ('open;\n")).toThrow(/unterminated string/);
    expect(bad('-- migrate:up\n/* never closed')).toThrow(/unterminated block comment/);
  });
});

describe('readMigrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ff-migrations-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  const cql = (table: string) =>
    `-- migrate:up\nCREATE TABLE ${table} (id text PRIMARY KEY);\n-- migrate:down\nDROP TABLE ${table};\n`;

  it('reads .cql files in version order with name, checksum and statements', () => {
    write('010_later.cql', cql('c'));
    write('002_second_step.cql', cql('b'));
    write('001_init.cql', cql('a'));
    write('README.md', '# notes are ignored');
    write('.hidden', 'ignored');
    const files = readMigrations(dir, 'scylla');
    expect(files.map((f) => [f.version, f.name])).toEqual([
      [1, 'init'],
      [2, 'second_step'],
      [10, 'later'],
    ]);
    expect(files[0]?.up).toEqual(['CREATE TABLE a (id text PRIMARY KEY)']);
    expect(files[0]?.down).toEqual(['DROP TABLE a']);
    expect(files[0]?.checksum).toBe(createHash('sha256').update(cql('a')).digest('hex'));
  });

  it('changes the checksum when a byte changes, even in a comment', () => {
    write('001_init.cql', cql('a'));
    const before = readMigrations(dir, 'scylla')[0]?.checksum;
    write('001_init.cql', `${cql('a')}-- a note\n`);
    const after = readMigrations(dir, 'scylla')[0]?.checksum;
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toBe(before);
  });

  it('reads .json files for milvus', () => {
    const up = [{ op: 'createCollection', name: 'faces_512', dim: 512 }];
    write('001_faces.json', JSON.stringify({ up, down: [{ op: 'dropCollection', name: 'faces_512' }] }));
    write('002_index.json', JSON.stringify({ up: [{ op: 'createIndex' }] }));
    const files = readMigrations(dir, 'milvus');
    expect(files.map((f) => [f.version, f.name])).toEqual([
      [1, 'faces'],
      [2, 'index'],
    ]);
    expect(files[0]?.up).toEqual(up);
    expect(files[1]?.down).toEqual([]);
  });

  it.each([
    ['1_init.cql', /NNN_name\.cql/],
    ['001-init.cql', /NNN_name\.cql/],
    ['001_Init.cql', /NNN_name\.cql/],
    ['001_init.sql', /NNN_name\.cql/],
    ['001_init.json', /NNN_name\.cql/],
    ['init.cql', /NNN_name\.cql/],
  ])('refuses a badly named file %s instead of skipping it', (name, message) => {
    write('001_ok.cql', cql('a'));
    write(name, cql('b'));
    expect(() => readMigrations(dir, 'scylla')).toThrow(message);
  });

  it('refuses two files with one version', () => {
    write('001_init.cql', cql('a'));
    write('0001_again.cql', cql('b'));
    expect(() => readMigrations(dir, 'scylla')).toThrow(/same version 1/);
  });

  it('refuses json that is not {"up": [...], "down": [...]}', () => {
    write('001_bad.json', '{"up": {"op": "x"}}');
    expect(() => readMigrations(dir, 'milvus')).toThrow(/expected \{"up"/);
    write('001_bad.json', '[1, 2]');
    expect(() => readMigrations(dir, 'milvus')).toThrow(/expected \{"up"/);
    write('001_bad.json', '{"up": [], ');
    expect(() => readMigrations(dir, 'milvus')).toThrow(/not valid JSON/);
  });

  it('reads the project scylla migrations: tables and columns added in up (no keyspace named), dropped in down', () => {
    const files = readMigrations(join(PROJECT_ROOT, 'db/migration/scylla'), 'scylla');
    expect(files[0]?.version).toBe(1);
    const isAlter = (s: string) => s.startsWith('ALTER TABLE ');
    const up = files.flatMap((f) => f.up as string[]);
    const down = files.flatMap((f) => f.down as string[]);
    const created = up.filter((s) => !isAlter(s)).map((s) => /^CREATE TABLE IF NOT EXISTS (\w+) \(/.exec(s)?.[1]);
    const dropped = down.filter((s) => !isAlter(s)).map((s) => /^DROP TABLE IF EXISTS (\w+)$/.exec(s)?.[1]);
    expect(created).not.toContain(undefined);
    expect([...dropped].sort()).toEqual([...created].sort());
    const RENAME = /^ALTER TABLE (\w+) RENAME (\w+) TO (\w+)$/;
    const isChange = (s: string) => isAlter(s) && !RENAME.test(s);
    const added = up.filter(isChange).map((s) => /^ALTER TABLE (\w+) ADD (\w+) \w+$/.exec(s)?.slice(1, 3).join('.'));
    const removed = down.filter(isChange).map((s) => /^ALTER TABLE (\w+) DROP (\w+)$/.exec(s)?.slice(1, 3).join('.'));
    expect(added).not.toContain(undefined);
    expect([...removed].sort()).toEqual([...added].sort());
    // a column renamed in up is renamed back in down
    const renamed = (statements: string[], back: boolean) =>
      statements.flatMap((s) => {
        const m = RENAME.exec(s);
        return m ? [back ? `${m[1]}.${m[3]}>${m[2]}` : `${m[1]}.${m[2]}>${m[3]}`] : [];
      });
    expect(renamed(up, false).length).toBeGreaterThan(0);
    expect(renamed(down, true).sort()).toEqual(renamed(up, false).sort());
    const all = files.flatMap((f) => [...f.up, ...f.down] as string[]);
    for (const statement of all) {
      expect(statement).not.toMatch(/ALLOW FILTERING/i);
    }
    expect(readFileSync(join(PROJECT_ROOT, 'db/migration/scylla/001_init.cql'), 'utf8')).toContain('-- migrate:down');
  });
});
