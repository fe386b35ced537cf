import { join } from 'node:path';
import { EvidenceService, ImageService, imageObjectKey, Locks, RetentionSweeper } from '@freeface/enrollment';
import { createLogger, Metrics } from '@freeface/observability';
import { openFolderObjectStore } from '@freeface/storage';
import { requireTestData } from '@freeface/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// Recognition evidence: recognize keeps the photo (content-addressed, in the image store), answers its image_id
// and each named face's appearance_id; the timeline's image opens; erasure and retention take it away again.

const faces = requireTestData('faces');
const api = await createTestApi({ FREEFACE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') });
const off = await createTestApi({ FREEFACE_RECOGNITION_STORE_EVIDENCE: 'false' });
afterAll(() => Promise.all([api.close(), off.close()]));
const call = apiCaller(api.app, await api.adminHeaders());
const viewer = apiCaller(api.app, await api.headersFor('viewer'));

/** a person of this name with one enrolled photo */
async function enrolled(app: typeof call, name: string): Promise<string> {
  const id = (await app('POST', '/persons', { name })).body.data.person_id;
  expect(
    (await app('POST', '/faces/enroll', { person_id: id, image_data: b64(`identities/${name}/${name}1.png`) })).status,
  ).toBe(201);
  return id;
}

const persons: Record<string, string> = {};
beforeAll(async () => {
  if (!faces) return;
  for (const name of ['sheldon', 'leonard', 'howard']) persons[name] = await enrolled(call, name);
});

const imageStatus = async (imageId: string) => (await viewer('GET', `/images/${imageId}`)).status;

describe.skipIf(!faces)('recognition evidence', () => {
  it('keeps the photo: image_id opens, and each named face has its appearance in the timeline', async () => {
    const answer = await viewer('POST', '/faces/recognize', { image_data: b64('identities/sheldon/sheldon3.png') });
    expect(answer.status).toBe(200);
    const { image_id, faces: found } = answer.body.data;
    expect(image_id).toMatch(/^[0-9a-f]{64}$/);
    expect(found[0]).toMatchObject({ person_id: persons.sheldon, appearance_id: expect.any(String) });
    const timeline = (await viewer('GET', `/persons/${persons.sheldon}/timeline`)).body.data.appearances;
    expect(timeline[0]).toMatchObject({ appearance_id: found[0].appearance_id, image_id });
    const photo = await api.app.inject({
      method: 'GET',
      url: `/api/v1/images/${image_id}/download`,
      headers: await api.headersFor('viewer'),
    });
    expect(photo.statusCode).toBe(200);
    const sent = Buffer.from(b64('identities/sheldon/sheldon3.png'), 'base64');
    expect(photo.rawPayload.equals(sent)).toBe(true);
    // sealed at rest like enrolled photos (FREEFACE_ENCRYPTION_KEY is set): the file on disk is not the photo
    const folder = await openFolderObjectStore({ dir: join(api.deps.config.runtime.dataDir, 'objects') });
    const onDisk = await folder.get(imageObjectKey(image_id));
    const chunks: Buffer[] = [];
    for await (const chunk of onDisk?.body ?? []) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(chunks.length).toBeGreaterThan(0);
    expect(Buffer.concat(chunks).includes(sent.subarray(100, 164))).toBe(false);
  });

  it('keeps nothing when the request or the setting says so, or when nobody is named', async () => {
    const image_data = b64('identities/leonard/leonard3.png');
    const notKept = await viewer('POST', '/faces/recognize', { image_data, store_evidence: false });
    expect(notKept.body.data.image_id).toBeNull();
    expect(notKept.body.data.faces[0]).toMatchObject({ person_id: persons.leonard, appearance_id: expect.any(String) });
    const imageId = (await viewer('GET', `/persons/${persons.leonard}/timeline`)).body.data.appearances[0].image_id;
    expect(await imageStatus(imageId)).toBe(404);

    const stranger = await viewer('POST', '/faces/recognize', { image_data: b64('identities/amy/amy1.png') });
    expect(stranger.body.data.faces[0]).toMatchObject({ person_id: null, appearance_id: null });
    expect(stranger.body.data.image_id).toBeNull();

    const offCall = apiCaller(off.app, await off.adminHeaders());
    await enrolled(offCall, 'howard');
    const bySetting = await offCall('POST', '/faces/recognize', { image_data: b64('identities/howard/howard3.png') });
    expect(bySetting.body.data.faces[0].person_id).toEqual(expect.any(String));
    expect(bySetting.body.data.image_id).toBeNull();
    const asked = await offCall('POST', '/faces/recognize', {
      image_data: b64('identities/howard/howard3.png'),
      store_evidence: true,
    });
    expect((await offCall('GET', `/images/${asked.body.data.image_id}`)).status).toBe(200);
  });

  it('erasing a person removes the evidence photos nobody else appears in', async () => {
    const group = await viewer('POST', '/faces/recognize', { image_data: b64('group/bbt1.jpg') });
    const named = group.body.data.faces.map((f: { person_id: string | null }) => f.person_id).filter(Boolean);
    expect(named).toEqual(expect.arrayContaining([persons.sheldon, persons.leonard, persons.howard]));
    const groupId = group.body.data.image_id;
    const alone = (await viewer('POST', '/faces/recognize', { image_data: b64('identities/sheldon/sheldon4.png') }))
      .body.data.image_id;

    const erased = await call('DELETE', `/persons/${persons.sheldon}`);
    expect(erased.status).toBe(200);
    expect(await imageStatus(alone)).toBe(404); // sheldon alone: gone
    expect(await imageStatus(groupId)).toBe(200); // leonard and howard are in it too
    expect((await api.deps.storage.objects.head(`evidence/${alone}`)) ?? null).toBeNull();
    await call('DELETE', `/persons/${persons.leonard}`);
    expect(await imageStatus(groupId)).toBe(200); // howard still
    await call('DELETE', `/persons/${persons.howard}`);
    expect(await imageStatus(groupId)).toBe(404);
  });

  it('the retention sweeper removes evidence past FREEFACE_RETENTION_EVIDENCE_DAYS (a controlled clock)', async () => {
    const id = await enrolled(call, 'penny');
    const seen = (days: number) => new Date(Date.UTC(2030, 0, 1) - days * 86_400_000).toISOString();
    const old = await viewer('POST', '/faces/recognize', {
      image_data: b64('identities/penny/penny2.png'),
      seen_at: seen(40),
    });
    const fresh = await viewer('POST', '/faces/recognize', {
      image_data: b64('identities/penny/penny3.png'),
      seen_at: seen(5),
    });
    const enrolledPhoto = (await call('GET', `/persons/${id}/faces`)).body.data.faces[0].image_id;
    // an enrolled photo recognized as well stays while its face does
    const reused = await viewer('POST', '/faces/recognize', {
      image_data: b64('identities/penny/penny1.png'),
      seen_at: seen(40),
    });
    expect(reused.body.data.image_id).toBe(enrolledPhoto);

    const { storage } = api.deps;
    const images = new ImageService(storage);
    const locks = new Locks(storage.cache);
    const metrics = new Metrics('test');
    const sweeper = new RetentionSweeper({
      metadata: storage.metadata,
      cache: storage.cache,
      images,
      locks,
      logger: createLogger({ name: 'test', level: 'silent' }),
      metrics,
      settings: { appearanceDays: 0, failedJobImageDays: 0 },
      now: () => new Date(Date.UTC(2030, 0, 1)),
      tasks: [new EvidenceService(storage, images, locks).retentionTask(30)],
    });
    const report = await sweeper.sweepOnce();
    expect(report?.evidence_images).toBeGreaterThanOrEqual(1);
    expect(await imageStatus(old.body.data.image_id)).toBe(404);
    expect(await imageStatus(fresh.body.data.image_id)).toBe(200);
    expect(await imageStatus(enrolledPhoto)).toBe(200);
    const counted = (await metrics.registry.getSingleMetricAsString('freeface_retention_removed_total')).split('\n');
    expect(counted).toContain(
      `freeface_retention_removed_total{kind="evidence_images",service="test"} ${report?.evidence_images}`,
    );
    // kept for ever with 0
    const forever = new EvidenceService(storage, images, locks).retentionTask(0);
    expect(await forever.sweep(new Date(Date.UTC(2100, 0, 1)))).toBe(0);
    expect(await imageStatus(fresh.body.data.image_id)).toBe(200);
  });
});
