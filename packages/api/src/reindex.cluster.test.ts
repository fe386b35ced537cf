import { join } from 'node:path';
import { clusterRun } from '@freeface/storage/testing';
import { PROJECT_ROOT, requireAvailable, requireTestData } from '@freeface/testing';
import { ModelRegistry } from '@freeface/vision';
import { afterAll, describe, it } from 'vitest';
import { runReindexScenario } from './testing/reindex-scenario.js';

// The switch of embedder of routes/models.routes.test.ts in the cluster profile: ScyllaDB (Cassandra here),
// Milvus (one collection per model), S3, Redis and Kafka, in a keyspace and collection prefix of this run.

const faces = requireTestData('faces');
const sface = requireAvailable(
  'model sface-2021dec',
  ModelRegistry.load(join(PROJECT_ROOT, 'models/weights')).locate('sface-2021dec').present,
  'is not prepared: run npx freeface models prepare sface-2021dec',
);
// a bucket of its own holds the state document and the images of this run
const run = await clusterRun('rx');

describe.skipIf(!(run.up && faces && sface))('switching the embedder (cluster: ScyllaDB, Milvus, S3)', () => {
  afterAll(() => run.erase(), 120_000);

  it('dlib -> sface: the old model answers while the re-embedding runs, then the new one, after a restart too', {
    timeout: 600_000,
  }, async () => {
    await run.migrate();
    await runReindexScenario(run.env);
  });
});
