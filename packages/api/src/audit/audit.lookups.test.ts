import { requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller, b64 } from '../testing/api-client.js';
import { createTestApi } from '../testing/test-api.js';

// The lookups of a person's biometric data added with the faces, thumbnails, images, clusters and evidence
// routes each leave an audit entry naming their actor and, where the path leads to one, the person.

const faces = requireTestData('faces');
const api = await createTestApi();
afterAll(() => api.close());
const admin = apiCaller(api.app, await api.adminHeaders());
const viewerHeaders = await api.headersFor('viewer');
const viewer = apiCaller(api.app, viewerHeaders);
const viewerId = (await viewer('GET', '/auth/me')).body.data.id as string;

interface Entry {
  action: string;
  actor: { id: string; kind: string };
  person_ids: string[];
  status: number;
}

/** the viewer's entries made by this call */
async function entriesOf(call: () => Promise<{ status: number }>): Promise<Entry[]> {
  const before = (await admin('GET', `/audit?actor_id=${viewerId}&limit=1000`)).body.data.entries.length;
  const answer = await call();
  expect(answer.status).toBe(200);
  const after: Entry[] = (await admin('GET', `/audit?actor_id=${viewerId}&limit=1000`)).body.data.entries;
  return after.slice(0, after.length - before);
}

describe.skipIf(!faces)('audit of the lookups', () => {
  it('records the actor and the person of faces, thumbnails, images, clusters and recognition evidence', async () => {
    const personId = (await admin('POST', '/persons', { name: 'raj' })).body.data.person_id;
    const enrolled = await admin('POST', '/faces/enroll', {
      person_id: personId,
      image_data: b64('identities/raj/raj1.png'),
    });
    const faceId = enrolled.body.data.faces[0].face_id;
    const recognized = await viewer('POST', '/faces/recognize', { image_data: b64('identities/raj/raj2.png') });
    const evidenceId = recognized.body.data.image_id;
    expect(evidenceId).toEqual(expect.any(String));

    const cases: Array<[string, string, string[]]> = [
      [`/persons/${personId}/faces`, 'person.read', [personId]],
      [`/faces/${faceId}`, 'face.read', [personId]],
      [`/faces/${faceId}/thumbnail?size=64`, 'face.read', [personId]],
      [`/images/${enrolled.body.data.image_id}`, 'image.read', [personId]],
      [`/images/${enrolled.body.data.image_id}/download`, 'image.read', [personId]],
      [`/images/${evidenceId}/download`, 'image.read', [personId]], // evidence: the person it was kept for
      ['/clusters', 'cluster.read', []],
    ];
    for (const [url, action, persons] of cases) {
      const made = await entriesOf(() => viewer('GET', url));
      expect(made, url).toHaveLength(1);
      expect(made[0], url).toMatchObject({ action, actor: { id: viewerId, kind: 'user' }, status: 200 });
      expect(made[0]?.person_ids, url).toEqual(persons);
    }
    // recognize, which keeps the evidence photo: its actor and the persons found
    const made = await entriesOf(() =>
      viewer('POST', '/faces/recognize', { image_data: b64('identities/raj/raj3.png') }),
    );
    expect(made[0]).toMatchObject({ action: 'recognize', actor: { id: viewerId }, person_ids: [personId] });
  });

  it('records a malformed image id as the 400 it is, looking nothing up for it', async () => {
    for (const url of ['/images/%C2%84', '/images/%C2%84/download', '/images/..%2Fx']) {
      const before = (await admin('GET', `/audit?actor_id=${viewerId}&limit=1000`)).body.data.entries.length;
      expect((await viewer('GET', url)).status, url).toBe(400);
      const after: Entry[] = (await admin('GET', `/audit?actor_id=${viewerId}&limit=1000`)).body.data.entries;
      expect(after.slice(0, after.length - before), url).toMatchObject([
        { action: 'image.read', status: 400, person_ids: [] },
      ]);
    }
  });
});
