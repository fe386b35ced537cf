import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '@freeface/observability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentServices, type EnrollmentServices } from './enrollment-services.js';
import { openWorkerWorld, STUB_EMBEDDER, stubAnalysis, stubImage, type WorkerWorld } from './testing/worker-harness.js';

// Enrollment under load, with the analysis answered at once (a canned result) and the look-up of earlier faces
// slowed down as a remote database would be, so that concurrent requests reach the writes together: the image
// lock is what keeps them from making duplicates.

describe('EnrollService under concurrent requests', () => {
  const canned = stubAnalysis(3, 4);
  const image = stubImage(1);
  let world: WorkerWorld;
  let services: EnrollmentServices;
  beforeAll(async () => {
    world = await openWorkerWorld();
    const { storage } = world;
    const faces = storage.metadata.faces;
    const slowFaces = Object.assign(Object.create(faces) as typeof faces, {
      listByPersonAndImage: async (personId: string, imageId: string) => {
        const found = await faces.listByPersonAndImage(personId, imageId);
        await sleep(20);
        return found;
      },
    });
    const metadata = Object.assign(Object.create(storage.metadata) as typeof storage.metadata, { faces: slowFaces });
    services = createEnrollmentServices({
      config: world.config,
      logger: createLogger({ name: 'enroll-test', level: 'silent' }),
      storage: { ...storage, metadata },
      bus: world.bus,
      topics: world.topics,
      embedder: STUB_EMBEDDER,
      extract: async () => canned,
    });
  });
  afterAll(() => world?.close());

  it('makes each face once when the same image is enrolled many times at once', async () => {
    const person = await services.persons.create({});
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        services.enrollment.enroll({
          personId: person.id,
          image,
          options: { multiFace: i % 2 === 0, context: {} },
        }),
      ),
    );
    const stored = await world.storage.metadata.faces.listByPersonAndImage(person.id, image.id);
    expect(stored).toHaveLength(canned.faces.length);
    const created = runs.flatMap((r) => r.faces.filter((f) => f.created).map((f) => f.face.id));
    expect(new Set(created).size).toBe(created.length);
    expect(created.sort()).toEqual(stored.map((f) => f.id).sort());
    const index = await world.storage.vectors.index(STUB_EMBEDDER.id, STUB_EMBEDDER.dimension);
    const probe = canned.faces[0]?.embedding as Float32Array;
    expect(await index.search(probe, 50, { kind: 'person', personId: person.id })).toHaveLength(canned.faces.length);
  });

  it('makes one person for one new external id enrolled many times at once', async () => {
    const externalId = `burst-${crypto.randomUUID()}`;
    const runs = await Promise.all(
      Array.from({ length: 8 }, () =>
        services.enrollment.enroll({ externalId, image, options: { multiFace: false, context: {} } }),
      ),
    );
    expect(new Set(runs.map((r) => r.person?.id)).size).toBe(1);
    expect(new Set(runs.map((r) => r.faces[0]?.face.id)).size).toBe(1);
  });
});
