import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PROJECT_ROOT, requireBackend } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../migrations/migration-file.js';
import { Migrator } from '../migrations/migrator.js';
import { openScyllaMigrationTarget, type ScyllaMigrationTarget } from '../migrations/scylla.migration-target.js';
import { cluster, person, uid, user } from '../testing/contract/metadata/records.js';
import { describeMetadataContract } from '../testing/contract/metadata.contract.js';
import { createScyllaClient } from './scylla.client.js';
import { openScyllaMetadataStore } from './scylla.metadata-store.js';

// The metadata contract against a real ScyllaDB/Cassandra (`bash scripts/backends.sh up cassandra`),
// in a keyspace of this run only: made through the migration target, dropped at the end.
// Schema changes are slow on Cassandra, so this file makes one keyspace and nothing more.

const { up, config: settings } = await requireBackend('cassandra');
const config = { ...settings, scylla: { ...settings.scylla, replication: 'SimpleStrategy:1' } };
const keyspace = `ff_test_${randomBytes(6).toString('hex')}`;
const migrations = readMigrations(join(PROJECT_ROOT, 'db/migration/scylla'), 'scylla');
const TABLES = [
  'persons',
  'persons_by_external_id',
  'persons_by_created',
  'persons_by_name',
  'faces',
  'faces_by_person',
  'faces_by_person_image',
  'faces_by_image',
  'images',
  'appearances_by_person',
  'enroll_jobs',
  'enroll_jobs_by_owner',
  'enroll_jobs_by_status',
  'users',
  'users_by_username',
  'api_keys',
  'api_keys_by_id',
  'clusters',
  'clusters_by_model',
  'audit_days',
  'audit_by_day',
  'audit_by_actor',
  'audit_by_person',
  'failed_job_images',
];

describe.skipIf(!up)('scylla metadata store', () => {
  let target: ScyllaMigrationTarget;

  beforeAll(async () => {
    target = await openScyllaMigrationTarget(config, { keyspace });
    await target.prepare();
    for (const file of migrations) {
      const started = Date.now();
      await target.run(file.up);
      await target.record({
        version: file.version,
        name: file.name,
        checksum: file.checksum,
        appliedAt: new Date(started),
        durationMs: Date.now() - started,
        success: true,
      });
    }
  }, 240_000);

  afterAll(async () => {
    await target?.erase();
    await target?.close();
  }, 120_000);

  it('made every table through the migration target, and recorded the migrations', async () => {
    expect((await target.listTables()).sort()).toEqual([...TABLES].sort());
    const history = await target.history();
    expect(history.map((h) => [h.version, h.name, h.checksum, h.success])).toEqual(
      migrations.map((m) => [m.version, m.name, m.checksum, true]),
    );
    expect(history[0]?.appliedAt).toBeInstanceOf(Date);
    // prepare is safe to repeat: the keyspace and the history stay
    await target.prepare();
    expect(await target.history()).toHaveLength(migrations.length);
  });

  it('refuses to open a keyspace that does not exist with UnavailableError', async () => {
    await expect(openScyllaMetadataStore(config, { keyspace: `${keyspace}_missing` })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
  });

  describeMetadataContract('scylla', () => openScyllaMetadataStore(config, { keyspace }), { timeoutMs: 60_000 });

  it('stores a full-size cluster: a 512-d centroid and 2000 faces (more than a logged batch may carry)', async () => {
    const store = await openScyllaMetadataStore(config, { keyspace });
    try {
      const c = cluster({
        centroid: Array.from({ length: 512 }, (_, i) => (i % 7) / 8 - 0.375),
        faceIds: Array.from({ length: 2000 }, () => uid()),
      });
      await store.clusters.put(c);
      expect(await store.clusters.get(c.id)).toEqual(c);
      expect(await store.clusters.listByModel(c.model)).toEqual([c]);
      const moved = { ...c, model: `model-${uid()}` };
      await store.clusters.put(moved);
      expect(await store.clusters.listByModel(c.model)).toEqual([]);
      expect(await store.clusters.listByModel(moved.model)).toEqual([moved]);
    } finally {
      await store.close();
    }
  });

  // A writer that dies between claiming a unique key and writing its record leaves a claim behind.
  describe('claims left by a writer that died', () => {
    const MINUTE = 60_000;
    async function leaveClaim(table: string, columns: string, key: string, ageMs: number): Promise<string> {
      const ghost = uid();
      const client = createScyllaClient(config, { keyspace });
      try {
        await client.execute(
          `INSERT INTO ${table} (${columns}, claimed_at) VALUES (?, ?, ?) IF NOT EXISTS`,
          [key, ghost, new Date(Date.now() - ageMs)],
          { prepare: true },
        );
      } finally {
        await client.shutdown();
      }
      return ghost;
    }

    it('hides an external id whose claim has no person, and lets another take it once the claim is old', async () => {
      const store = await openScyllaMetadataStore(config, { keyspace });
      try {
        const stale = person();
        const ghost = await leaveClaim(
          'persons_by_external_id',
          'external_id, person_id',
          stale.externalId as string,
          5 * MINUTE,
        );
        expect(await store.persons.getByExternalId(stale.externalId as string)).toBeUndefined();
        await store.persons.create(stale);
        expect(await store.persons.getByExternalId(stale.externalId as string)).toEqual(stale);
        expect(await store.persons.get(ghost)).toBeUndefined();

        // a fresh claim may be a create still under way: it wins
        const fresh = person();
        await leaveClaim('persons_by_external_id', 'external_id, person_id', fresh.externalId as string, 0);
        await expect(store.persons.create(fresh)).rejects.toMatchObject({ code: 'CONFLICT' });
        expect(await store.persons.get(fresh.id)).toBeUndefined();
      } finally {
        await store.close();
      }
    });

    it('lets a username left claimed by a dead writer be taken once the claim is old', async () => {
      const store = await openScyllaMetadataStore(config, { keyspace });
      try {
        const u = user();
        await leaveClaim('users_by_username', 'username, user_id', u.username, 5 * MINUTE);
        expect(await store.users.getByUsername(u.username)).toBeUndefined();
        await store.users.create(u);
        expect(await store.users.getByUsername(u.username)).toEqual(u);
      } finally {
        await store.close();
      }
    });
  });

  // after the contract: these change the schema the contract ran on
  describe('migration target', () => {
    it('truncates tables, keeping their schema', async () => {
      const store = await openScyllaMetadataStore(config, { keyspace });
      try {
        const image = {
          id: randomBytes(32).toString('hex'),
          contentType: 'image/png',
          width: 2,
          height: 2,
          bytes: 70,
          createdAt: new Date(),
        };
        await store.images.put(image);
        expect(await store.images.get(image.id)).toEqual(image);
        await target.truncate(['images']);
        expect(await store.images.get(image.id)).toBeUndefined();
        await store.images.put(image);
        expect(await store.images.get(image.id)).toEqual(image);
      } finally {
        await store.close();
      }
      await expect(target.truncate(['images; DROP KEYSPACE x'])).rejects.toThrow(/table name/);
    });

    it('reverts with the migrator down to the history alone, and up again restores every table', async () => {
      const migrator = new Migrator(target, migrations);
      expect((await migrator.down(migrations.length)).map((m) => m.version)).toEqual(
        migrations.map((m) => m.version).reverse(),
      );
      expect(await target.listTables()).toEqual([]);
      expect(await target.history()).toEqual([]);
      expect((await migrator.up()).map((m) => m.version)).toEqual(migrations.map((m) => m.version));
      expect((await target.listTables()).sort()).toEqual([...TABLES].sort());
      expect((await migrator.status()).pending).toEqual([]);
    }, 240_000);

    it('reports a failing statement', async () => {
      await expect(target.run(['CREATE TABLE broken (id text)'])).rejects.toThrow(/PRIMARY KEY/i);
      await expect(target.run([{ not: 'cql' }])).rejects.toThrow(/CQL text/);
    });
  });
});
