import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaceEvent, LocalEventBus, topicsOf } from '@freeface/events';
import { createLogger } from '@freeface/observability';
import { syntheticFaces } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { publishAssignments, startFaceClustering } from './face-event-consumer.js';
import { DIMENSION, MODEL, openTestClustering } from './testing/fixtures.js';

const logger = createLogger({ name: 'clustering-test', level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'ff-cluster-bus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startFaceClustering: face events in, clusters and face.assigned out', () => {
  it('clusters the faces enrolled under no person as their events arrive, and forgets deleted ones', async () => {
    const bus = new LocalEventBus({ file: join(dir, 'events.db'), logger, retentionMs: 3_600_000 });
    const topics = topicsOf('test.');
    await bus.createTopics([{ name: topics.faceEvents.name, partitions: 3 }]);
    const c = await openTestClustering({}, publishAssignments(bus, topics.faceEvents));
    const heard: FaceEvent[] = [];
    const listener = await bus.subscribe({
      group: 'listener',
      topics: [topics.faceEvents],
      handler: async ({ message }) => void heard.push(message),
    });
    const subscription = await startFaceClustering({
      bus,
      topic: topics.faceEvents,
      clustering: c.clustering,
      logger,
      group: 'test.face-cluster',
    });
    try {
      const faces = syntheticFaces({ identities: 3, facesEach: 3, strangers: 2, dimension: DIMENSION, seed: 2 });
      const occurredAt = new Date().toISOString();
      for (const face of faces) {
        const stored = await c.enroll(face.faceId, face.vector);
        await bus.publish(topics.faceEvents, face.faceId, {
          type: 'face.enrolled',
          version: 2,
          faceId: stored.id,
          personId: null,
          imageId: stored.imageId,
          model: MODEL,
          quality: 1,
          detectionScore: 0.99,
          jobId: null,
          occurredAt,
        });
      }
      await expect
        .poll(async () => (await c.clustering.listClusters()).flatMap((x) => x.faceIds).length, { timeout: 10_000 })
        .toBe(faces.length);
      const persons = new Set(
        (await c.clustering.listClusters()).flatMap((x) => (x.personId === undefined ? [] : [x.personId])),
      );
      expect(persons.size).toBe(3);
      // clustering told the bus of every face it gave a person
      await expect.poll(() => heard.filter((e) => e.type === 'face.assigned').length, { timeout: 10_000 }).toBe(9);

      const [gone] = faces;
      await bus.publish(topics.faceEvents, gone?.faceId as string, {
        type: 'face.deleted',
        version: 1,
        faceId: gone?.faceId as string,
        personId: null,
        model: MODEL,
        occurredAt,
      });
      await expect
        .poll(async () => (await c.clustering.listClusters()).flatMap((x) => x.faceIds), { timeout: 10_000 })
        .not.toContain(gone?.faceId);
    } finally {
      await subscription.close();
      await listener.close();
      await bus.close();
      await c.close();
    }
  });
});
