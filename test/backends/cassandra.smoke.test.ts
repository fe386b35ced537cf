import { randomUUID } from 'node:crypto';
import { requireBackend } from '@freeface/testing';
import { Client, types } from 'cassandra-driver';
import { describe, expect, it } from 'vitest';

const { up, config } = await requireBackend('cassandra');

// Locally the backend is Apache Cassandra standing in for ScyllaDB, so only CQL both accept is used here.
describe.skipIf(!up)('cassandra (scylla) smoke', () => {
  it('creates a keyspace and table, writes rows with a prepared statement, reads them back, drops the keyspace', async () => {
    const keyspace = `freeface_smoke_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const client = new Client({
      contactPoints: config.scylla.hosts,
      localDataCenter: config.scylla.localDc,
      // v4 is the newest protocol ScyllaDB speaks; pinning it keeps Cassandra (v5) behaving the same.
      // Schema changes can take seconds on a busy node: wait longer for schema agreement and replies.
      protocolOptions: { port: config.scylla.port, maxVersion: 4, maxSchemaAgreementWaitSeconds: 30 },
      socketOptions: { readTimeout: 30_000 },
    });

    let keyspaceExists = false;
    await client.connect();
    try {
      await client.execute(
        `CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`,
      );
      keyspaceExists = true;
      await client.execute(
        `CREATE TABLE ${keyspace}.sightings (
           track_id uuid, seen_at timestamp, label text, score double, embedding blob,
           PRIMARY KEY ((track_id), seen_at)
         ) WITH CLUSTERING ORDER BY (seen_at DESC)`,
      );

      const trackId = types.Uuid.random();
      const first = { seenAt: new Date('2024-05-01T10:00:00.000Z'), label: 'alice', score: 0.91 };
      const second = { seenAt: new Date('2024-05-01T10:00:05.250Z'), label: 'alice', score: 0.97 };
      const embedding = Buffer.from(new Float32Array([0.25, -0.5, 1]).buffer);
      const insert = `INSERT INTO ${keyspace}.sightings (track_id, seen_at, label, score, embedding) VALUES (?, ?, ?, ?, ?)`;
      for (const row of [first, second]) {
        await client.execute(insert, [trackId, row.seenAt, row.label, row.score, embedding], { prepare: true });
      }

      const result = await client.execute(
        `SELECT track_id, seen_at, label, score, embedding FROM ${keyspace}.sightings WHERE track_id = ?`,
        [trackId],
        { prepare: true },
      );
      // Newest first, as the clustering order says.
      expect(
        result.rows.map((r) => ({
          trackId: r.get('track_id').toString(),
          seenAt: (r.get('seen_at') as Date).toISOString(),
          label: r.get('label'),
          score: r.get('score'),
        })),
      ).toEqual([
        { trackId: trackId.toString(), seenAt: second.seenAt.toISOString(), label: 'alice', score: 0.97 },
        { trackId: trackId.toString(), seenAt: first.seenAt.toISOString(), label: 'alice', score: 0.91 },
      ]);
      const stored = result.rows[0]?.get('embedding') as Buffer;
      // copy into a fresh (aligned) buffer before viewing it as float32
      expect(Array.from(new Float32Array(new Uint8Array(stored).buffer))).toEqual([0.25, -0.5, 1]);

      await client.execute(`DROP KEYSPACE ${keyspace}`);
      keyspaceExists = false;
      const left = await client.execute('SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?', [
        keyspace,
      ]);
      expect(left.rowLength).toBe(0);
    } finally {
      // Best effort when something above failed part way; a no-op after the happy path.
      if (keyspaceExists) await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`).catch(() => {});
      await client.shutdown();
    }
  }, 60_000);
});
