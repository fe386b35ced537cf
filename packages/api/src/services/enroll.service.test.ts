import { setTimeout as sleep } from 'node:timers/promises';
import { faceImage, requireTestData } from '@freeface/testing';
import type { Analysis, FaceAnalyzer } from '@freeface/vision';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { createFaceServices, type FaceServices } from './face-services.js';
import { decodeImageData, type ImageBytes } from './image-data.js';

// Enrollment under load, with the analysis answered at once (a canned result of the real analyzer) and the
// look-up of earlier faces slowed down as a remote database would be, so that concurrent requests reach the
// writes together: the image lock is what keeps them from making duplicates.

const testImages = requireTestData('faces');

describe.skipIf(!testImages)('EnrollService under concurrent requests', () => {
  let api: TestApi;
  let real: FaceAnalyzer;
  let canned: Analysis;
  let services: FaceServices;
  let image: ImageBytes;
  beforeAll(async () => {
    api = await createTestApi();
    real = api.deps.analyzer;
    const bytes = faceImage('group/bbt3.jpg');
    canned = await real.analyze(bytes);
    const instant = Object.assign(Object.create(real) as FaceAnalyzer, { analyze: async () => canned });
    const { storage } = api.deps;
    const faces = storage.metadata.faces;
    const slowFaces = Object.assign(Object.create(faces) as typeof faces, {
      listByPersonAndImage: async (personId: string, imageId: string) => {
        const found = await faces.listByPersonAndImage(personId, imageId);
        await sleep(20);
        return found;
      },
    });
    const metadata = Object.assign(Object.create(storage.metadata) as typeof storage.metadata, { faces: slowFaces });
    services = createFaceServices({ ...api.deps, analyzer: instant, storage: { ...storage, metadata } });

    image = decodeImageData('image_data', bytes.toString('base64'), 10_000_000);
  });
  afterAll(() => api?.close());

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
    const stored = await api.deps.storage.metadata.faces.listByPersonAndImage(person.id, image.id);
    expect(stored).toHaveLength(canned.faces.length);
    const created = runs.flatMap((r) => r.faces.filter((f) => f.created).map((f) => f.face.id));
    expect(new Set(created).size).toBe(created.length);
    expect(created.sort()).toEqual(stored.map((f) => f.id).sort());
    const index = await api.deps.storage.vectors.index(real.embedder.id, real.embedder.dimension);
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
