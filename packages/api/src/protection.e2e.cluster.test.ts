import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { imageObjectKey } from '@freeface/enrollment';
import { openObjectAdapter } from '@freeface/storage';
import { clusterRun } from '@freeface/storage/testing';
import { findPlaintext, requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller } from './testing/api-client.js';
import { embeddingTraces, kafkaTopicBytes, redisEntries } from './testing/erasure-scans.js';
import { replayFaceEvents, runProtectionScenario, tracesOf } from './testing/protection-scenario.js';
import { createTestApi, type TestApi } from './testing/test-api.js';

// The protection scenario of protection.e2e.embedded.test.ts in the cluster profile, against the real
// backends (`npm run backends:up`): ScyllaDB (Cassandra here), Milvus, S3, Redis and Kafka, with encryption
// at rest on. A keyspace, Milvus collections and a bucket of this run only, dropped at the end.

// a bucket, topics and cache keys of this run alone: the raw scans below read all of them
const run = await clusterRun('protect', {
  FREEFACE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  FREEFACE_REDIS_KEY_PREFIX: `ff_protect_${randomBytes(5).toString('hex')}:`,
});
const faces = requireTestData('faces');

const readAll = async (body: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
};

describe.skipIf(!run.up || !faces)('biometric data protection end to end (cluster, encrypted)', () => {
  let api: TestApi | undefined;

  beforeAll(async () => {
    await run.migrate();
    api = await createTestApi(run.env);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await run.erase();
  }, 120_000);

  it('audits each call with its actor, exports a person, erases them, and keeps no image in clear in S3', {
    timeout: 300_000,
  }, async () => {
    const testApi = api as TestApi;
    const { erased, images } = await runProtectionScenario(testApi);
    expect(await tracesOf(testApi, erased)).toEqual([]);
    // a replay of the event log from its start brings none of it back
    expect(await replayFaceEvents(testApi, erased)).toBeGreaterThanOrEqual(2 * erased.faceIds.length);
    expect(await tracesOf(testApi, erased)).toEqual([]);

    // the face events as the broker holds them: no message carries an erased face's embedding
    const { config } = testApi.deps;
    const messages = await kafkaTopicBytes(config, testApi.deps.events.topics.faceEvents.name);
    expect(messages.some((m) => erased.faceIds.some((id) => m.includes(id)))).toBe(true);
    expect(messages.flatMap((m, i) => embeddingTraces(`face event ${i}`, m, erased.embeddings))).toEqual([]);
    // the job results as the broker holds them: the erased person's jobs are there, their external id is not
    const results = await kafkaTopicBytes(config, testApi.deps.events.topics.enrollResults.name);
    expect(results.some((m) => erased.jobIds.some((id) => m.includes(id)))).toBe(true);
    expect(results.filter((m) => m.includes(erased.externalId)).length).toBe(0);
    // the cache (Redis) holds nothing that names the erased person, their faces, images or jobs
    const names = [erased.personId, erased.externalId, ...erased.faceIds, ...erased.imageIds, ...erased.jobIds];
    const cached = (await redisEntries(config)).filter((e) =>
      names.some((n) => e.key.includes(n) || e.value.includes(n)),
    );
    expect(cached).toEqual([]);

    // the objects left (the other person's photos), as S3 holds them: sealed, nothing of the images in clear
    const raw = await openObjectAdapter(testApi.deps.config);
    try {
      const imageIds = new Set<string>();
      const { persons } = (await apiCaller(testApi.app, await testApi.adminHeaders())('GET', '/persons?limit=100')).body
        .data;
      for (const p of persons) {
        const list = await testApi.deps.storage.metadata.faces.listByPerson(p.person_id, { limit: 100 });
        for (const face of list.items) imageIds.add(face.imageId);
      }
      expect(imageIds.size).toBeGreaterThan(0);
      const leaks: string[] = [];
      for (const id of imageIds) {
        const found = await raw.get(imageObjectKey(id));
        expect(found, id).toBeDefined();
        leaks.push(...findPlaintext(id, await readAll(found?.body as Readable), images));
      }
      expect(leaks).toEqual([]);
    } finally {
      await raw.close();
    }
  });
});
