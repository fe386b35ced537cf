import { randomBytes } from 'node:crypto';
import { DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { type Config, loadConfig } from '@freeface/config';
import { requireBackend } from '@freeface/testing';
import { createS3Client, type MigrationTarget, migrateAll } from '../index.js';

/** Removes the run's bucket and everything in it. */
async function emptyBucket(config: Config): Promise<void> {
  const { s3 } = config;
  const client = createS3Client(config);
  try {
    for (;;) {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
      const keys = (listed.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
      if (keys.length === 0) break;
      await client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: keys } }));
    }
    await client.send(new DeleteBucketCommand({ Bucket: s3.bucket }));
  } finally {
    client.destroy();
  }
}

/** The cluster profile's backends for one test run: a keyspace, collection prefix and topic prefix of its own. */
export interface ClusterRun {
  readonly up: boolean;
  readonly env: Record<string, string>;
  readonly config: Config;
  /** makes the schemas as `migrate up` does */
  migrate(): Promise<void>;
  /** drops the keyspace, the collections and the bucket (its objects first) */
  erase(): Promise<void>;
}

export async function clusterRun(name: string, extra: Record<string, string> = {}): Promise<ClusterRun> {
  const backends = await Promise.all(
    (['kafka', 'cassandra', 'milvus', 's3', 'redis'] as const).map((b) => requireBackend(b)),
  );
  const suffix = `${name}_${randomBytes(4).toString('hex')}`;
  const env = {
    FREEFACE_PROFILE: 'cluster',
    FREEFACE_JWT_SECRET: `test-only-secret-${randomBytes(16).toString('hex')}`,
    FREEFACE_SCYLLA_KEYSPACE: `ff_${suffix}`,
    FREEFACE_SCYLLA_REPLICATION: 'SimpleStrategy:1',
    FREEFACE_SCYLLA_CONSISTENCY: 'one',
    FREEFACE_MILVUS_COLLECTION_PREFIX: `ff_${suffix}`,
    FREEFACE_EVENTS_TOPIC_PREFIX: `ff-${suffix.replaceAll('_', '-')}.`,
    // a bucket of its own: the shared one holds the same test images, which other runs remove when done
    FREEFACE_S3_BUCKET: `ff-${suffix.replaceAll('_', '-')}`,
    // the cheap pair: these runs test the processes, not the models
    FREEFACE_MODEL_PRESET: 'fast',
    ...extra,
  };
  const config = loadConfig(env);
  const targets: MigrationTarget[] = [];
  return {
    up: backends.every((b) => b.up),
    env,
    config,
    async migrate() {
      targets.push(...(await migrateAll(config)));
    },
    async erase() {
      for (const target of targets.splice(0)) {
        await target.erase().catch(() => {});
        await target.close();
      }
      await emptyBucket(config).catch(() => {});
    },
  };
}
