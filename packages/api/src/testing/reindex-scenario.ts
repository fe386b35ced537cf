// A switch of embedder on stored data, as a user makes it: faces enrolled with dlib-resnet-128, a restart with
// FREEFACE_EMBEDDER=sface-2021dec (the old model keeps answering, readiness and GET /models say what is missing),
// a re-embedding through the admin endpoint while searches and recognitions keep answering, then the new model
// answering, and still after another restart.
import { faceLabels } from '@freeface/testing';
import { expect } from 'vitest';
import { apiCaller, b64 } from './api-client.js';
import { createTestApi } from './test-api.js';

const OLD = { FREEFACE_MODEL_PRESET: 'fast' };
const NEW = { FREEFACE_MODEL_PRESET: 'fast', FREEFACE_EMBEDDER: 'sface-2021dec' };

export async function runReindexScenario(env: Record<string, string>): Promise<void> {
  const labels = faceLabels();
  const enrolledOf = new Map<string, string>(); // person id -> name
  const probes: Array<[string, string]> = []; // [file, name]: the last crop of each identity, not enrolled
  let faces = 0;
  let api = await createTestApi({ ...env, ...OLD });
  try {
    const call = apiCaller(api.app, await api.adminHeaders());
    for (const [name, files] of Object.entries(labels.identities)) {
      const person = await call('POST', '/persons', { name });
      enrolledOf.set(person.body.data.person_id, name);
      for (const file of files.slice(0, -1)) {
        const enrolled = await call('POST', '/faces/enroll', {
          person_id: person.body.data.person_id,
          image_data: b64(file),
        });
        expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
        faces++;
      }
      probes.push([files.at(-1) as string, name]);
    }
  } finally {
    await api.close();
  }
  const named = async (call: ReturnType<typeof apiCaller>) => {
    let right = 0;
    for (const [file, name] of probes) {
      const result = await call('POST', '/faces/recognize', { image_data: b64(file) });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      if (enrolledOf.get(result.body.data.faces[0]?.person_id) === name) right++;
    }
    return right;
  };

  // restarted with another embedder: the old one answers, and says what the new one lacks
  api = await createTestApi({ ...env, ...NEW });
  try {
    const call = apiCaller(api.app, await api.adminHeaders());
    const before = (await call('GET', '/models')).body.data;
    expect(before.embedder).toMatchObject({ id: 'dlib-resnet-128', licence: 'MIT' });
    expect(before.detector).toMatchObject({ id: 'blazeface-back', licence: 'Apache-2.0' });
    expect(before.configured_embedder).toBe('sface-2021dec');
    expect(before.pending).toEqual({ model: 'sface-2021dec', missing_faces: faces });
    expect(before.indexes).toEqual(
      expect.arrayContaining([
        { model: 'dlib-resnet-128', faces },
        { model: 'sface-2021dec', faces: 0 },
      ]),
    );
    const ready = (await call('GET', '/health/ready')).body;
    expect(ready.status).toBe('ready');
    expect(ready.checks.models).toMatch(new RegExp(`^sface-2021dec lacks ${faces} of ${faces} faces`));
    expect(await named(call)).toBe(probes.length);

    // the re-embedding, with recognitions and searches going on
    const started = await call('POST', '/admin/reindex', {});
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body.data).toMatchObject({
      from_model: 'dlib-resnet-128',
      to_model: 'sface-2021dec',
      status: 'running',
    });
    expect((await call('POST', '/admin/reindex', {})).status).toBe(409);
    let progress = started.body.data;
    let during = 0;
    while (progress.status === 'running') {
      const search = await call('POST', '/faces/search', { image_data: b64(probes[0]?.[0] as string) });
      expect(search.status, JSON.stringify(search.body)).toBe(200);
      expect(search.body.data.matches.length).toBeGreaterThan(0);
      during += await named(call);
      progress = (await call('GET', '/admin/reindex')).body.data;
    }
    expect(during).toBeGreaterThan(0);
    expect(progress).toMatchObject({ status: 'completed', done: faces, skipped: 0, total: faces });
    const after = (await call('GET', '/models')).body.data;
    expect(after.embedder).toMatchObject({ id: 'sface-2021dec', licence: 'Apache-2.0' });
    expect(after.embedder.match_threshold).toBeLessThan(0.5); // SFace's own scale, not dlib's 0.9
    expect(after.pending).toBeNull();
    expect((await call('GET', '/health/ready')).body.checks.models).toBe('ok');
    expect(await named(call)).toBe(probes.length);
    const metrics = (await call('GET', '/metrics/prometheus')).body as string;
    expect(metrics).toMatch(new RegExp(`^freeface_reindex_faces_total\\{model="sface-2021dec"[^}]*\\} ${faces}$`, 'm'));
    expect(metrics).toMatch(/^freeface_reindex_progress_ratio\{model="sface-2021dec"[^}]*\} 1$/m);
  } finally {
    await api.close();
  }

  // a restart keeps the new model
  api = await createTestApi({ ...env, ...NEW });
  try {
    const call = apiCaller(api.app, await api.adminHeaders());
    expect((await call('GET', '/models')).body.data.embedder.id).toBe('sface-2021dec');
    expect(await named(call)).toBe(probes.length);
  } finally {
    await api.close();
  }
}
