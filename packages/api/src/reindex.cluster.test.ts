import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { loadConfig } from '@freeface/config';
import { createS3Client, type MigrationTarget, migrateAll } from '@freeface/storage';
import { PROJECT_ROOT, requireAvailable, requireBackend, requireTestData } from '@freeface/testing';
import { ModelRegistry } from '@freeface/vision';
import { afterAll, describe, it } from 'vitest';
import { runReindexScenario } from './testing/reindex-scenario.js';

// The switch of embedder of routes/models.routes.test.ts in the cluster profile: ScyllaDB (Cassandra here),
// Milvus (one collection per model), S3, Redis and Kafka, in a keyspace and collection prefix of this run.

const backends = await Promise.all(
  (['cassandra', 'milvus', 's3', 'redis', 'kafka'] as const).map((name) => requireBackend(name)),
);
const up = backends.every((b) => b.up);
const faces = requireTestData('faces');
const sface = requireAvailable(
  'model sface-2021dec',
  ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')).locate('sface-2021dec').present,
  'is not prepared: run npx freeface models prepare sface-2021dec',
);
const suffix = randomBytes(5).toString('hex');
const env = {
  FREEFACE_PROFILE: 'cluster',
  FREEFACE_JWT_SECRET: `reindex-cluster-secret-${randomBytes(16).toString('hex')}`,
  FREEFACE_SCYLLA_KEYSPACE: `ff_rx_${suffix}`,
  FREEFACE_SCYLLA_REPLICATION: 'SimpleStrategy:1',
  FREEFACE_SCYLLA_CONSISTENCY: 'one',
  FREEFACE_MILVUS_COLLECTION_PREFIX: `ff_rx_${suffix}`,
  // a bucket of its own: the state document and the images of this run
  FREEFACE_S3_BUCKET: `ff-rx-${suffix}`,
};

describe.skipIf(!(up && faces && sface))('switching the embedder (cluster: ScyllaDB, Milvus, S3)', () => {
  const targets: MigrationTarget[] = [];
  afterAll(async () => {
    for (const target of targets) {
      await target.erase().catch(() => {});
      await target.close();
    }
    // the run's bucket: the state document and the images
    const config = loadConfig(env);
    const s3 = createS3Client(config);
    try {
      for (;;) {
        const listed = await s3.send(new ListObjectsV2Command({ Bucket: config.s3.bucket }));
        const keys = (listed.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
        if (keys.length === 0) break;
        await s3.send(new DeleteObjectsCommand({ Bucket: config.s3.bucket, Delete: { Objects: keys } }));
      }
      await s3.send(new DeleteBucketCommand({ Bucket: config.s3.bucket }));
    } catch {
      // no bucket: the run did not get that far
    } finally {
      s3.destroy();
    }
  }, 120_000);

  it('dlib -> sface: the old model answers while the re-embedding runs, then the new one, after a restart too', {
    timeout: 600_000,
  }, async () => {
    targets.push(...(await migrateAll(loadConfig(env))));
    await runReindexScenario(env);
  });
});
