import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, requireBackend } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { FREEFACE_BIN } from '../testing/freeface-process.js';

const cassandra = await requireBackend('cassandra');
const milvus = await requireBackend('milvus');
const suffix = Math.random().toString(36).slice(2, 8);
const env = {
  ...process.env,
  FREEFACE_SCYLLA_KEYSPACE: `ff_migrate_${suffix}`,
  FREEFACE_SCYLLA_CONSISTENCY: 'one',
  FREEFACE_MILVUS_COLLECTION_PREFIX: `ffmig_${suffix}`,
};

function migrate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', FREEFACE_BIN, 'migrate', ...args], {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('migrate CLI without a database', { timeout: 180_000 }, () => {
  it('writes the next numbered template for each database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ff-migrations-'));
    expect(migrate('create', 'add users', '--database', 'scylla', '--dir', dir).code).toBe(0);
    expect(migrate('create', 'more', '--database', 'scylla', '--dir', dir).code).toBe(0);
    expect(migrate('create', 'face index', '--database', 'milvus', '--dir', dir).code).toBe(0);
    expect(readdirSync(join(dir, 'scylla')).sort()).toEqual(['001_add_users.cql', '002_more.cql']);
    expect(readFileSync(join(dir, 'scylla', '001_add_users.cql'), 'utf8')).toContain('-- migrate:up');
    expect(JSON.parse(readFileSync(join(dir, 'milvus', '001_face_index.json'), 'utf8'))).toMatchObject({
      up: [],
      down: [],
    });
  });

  it('refuses destructive commands without --confirm, touching nothing', () => {
    const erase = migrate('erase', 'all');
    expect(erase.code).toBe(2);
    expect(erase.out).toContain('refused: erase drops every table, collection and the history of scylla and milvus');
    const truncate = migrate('truncate', 'scylla', '--tables', 'all');
    expect(truncate.code).toBe(2);
    expect(truncate.out).toContain('add --confirm');
  });

  it('explains a bad command line', () => {
    const bad = migrate('up', '--database', 'oracle');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--database must be scylla, milvus or all');
  });
});

describe.skipIf(!cassandra.up || !milvus.up)('migrate CLI against ScyllaDB (Cassandra) and Milvus', () => {
  afterAll(() => {
    migrate('erase', 'all', '--confirm');
  });

  it('applies everything, reports it, truncates, steps down and erases', { timeout: 300_000 }, () => {
    const before = migrate('status', '--database', 'all');
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/scylla {2}pending {2}001_init/);
    expect(before.out).toMatch(/milvus {2}pending {2}001_face_embeddings/);

    const up = migrate('up', '--database', 'all');
    expect(up.code, up.err).toBe(0);
    expect(up.out).toMatch(/scylla: applied 001_init in \d+ ms/);
    expect(up.out).toMatch(/milvus: applied 001_face_embeddings in \d+ ms/);

    const status = migrate('status', '--database', 'all');
    expect(status.out).toMatch(/scylla {2}applied {2}001_init {2}\d{4}-\d\d-\d\dT/);
    expect(status.out).toContain('All migrations applied');
    expect(migrate('up', '--database', 'all').out).toContain('scylla: nothing to apply');

    const truncate = migrate('truncate', 'scylla', '--tables', 'persons,faces', '--confirm');
    expect(truncate.code, truncate.err).toBe(0);
    expect(truncate.out).toContain('scylla: truncated persons, faces');
    const unknown = migrate('truncate', 'scylla', '--tables', 'nope', '--confirm');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('scylla has no nope');
    expect(migrate('truncate', 'milvus', '--collections', 'all', '--confirm').code).toBe(0);

    // every ScyllaDB migration the project has, newest first, each reverted
    const scylla = readdirSync(join(PROJECT_ROOT, 'db/migration/scylla'))
      .filter((f) => f.endsWith('.cql'))
      .map((f) => f.replace(/\.cql$/, ''))
      .sort()
      .reverse();
    const down = migrate('down', '--database', 'scylla', '--steps', String(scylla.length));
    expect(down.code, down.err).toBe(0);
    expect(down.out.match(/scylla: reverted \S+/g)).toEqual(scylla.map((m) => `scylla: reverted ${m}`));
    expect(migrate('status', '--database', 'scylla').out).toMatch(/scylla {2}pending {2}001_init/);

    const erase = migrate('erase', 'all', '--confirm');
    expect(erase.code, erase.err).toBe(0);
    expect(erase.out).toContain('scylla: erased');
    expect(erase.out).toContain('milvus: erased');
  });
});
