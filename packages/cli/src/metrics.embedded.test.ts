import { ExtractorClient } from '@freeface/rpc';
import { faceImage, requireTestData } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from './testing/freeface-process.js';
import { enrollAsyncWithWebhook, startWebhookReceiver } from './testing/traced-enrollment.js';

// The metrics of `freeface start` (embedded, every role in one process) after an end-to-end scenario through
// its REST and gRPC APIs: at least 40 families of the platform's own, and each family this test names moved
// by the event it counts. (Retries, dead letters and the consumer lag are made to move by the workers' tests
// and the event-bus contract suite, where those events can be caused.)

const faces = requireTestData('faces');

/** Prometheus text: each sample's value by family (a histogram's _count, a counter's or gauge's samples), summed. */
function families(text: string): Map<string, number> {
  const types = new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1] as string, m[2] as string]));
  const sums = new Map<string, number>([...types.keys()].map((name) => [name, 0]));
  for (const [, name, value] of text.matchAll(/^([a-z_:]+)(?:\{[^}]*\})? (\S+)$/gm)) {
    const family = types.get(name as string) === undefined ? (name as string).replace(/_count$/, '') : name;
    if (types.get(family as string) === 'histogram' && !(name as string).endsWith('_count')) continue;
    if (sums.has(family as string)) sums.set(family as string, (sums.get(family as string) ?? 0) + Number(value));
  }
  return sums;
}

/** families this branch added, with what must have happened for each to move */
const MOVED = [
  'freeface_uptime_seconds',
  'freeface_memory_bytes',
  'freeface_event_loop_lag_seconds',
  'freeface_http_errors_total', // the bad request
  'freeface_http_request_body_bytes',
  'freeface_faces_per_image', // enroll, detect, recognize
  'freeface_face_best_match_similarity', // search, recognize, verify
  'freeface_face_unknown_share', // recognize
  'freeface_enroll_job_seconds', // enroll_async
  'freeface_webhook_attempt_seconds', // its webhook
  'freeface_face_cluster_merges_total', // the merge
  'freeface_face_cluster_merged_faces_total',
  'freeface_extractor_inference_seconds', // gRPC Extract
  'freeface_extractor_batch_images', // gRPC ExtractBatch
];

describe.skipIf(!faces)('metrics of freeface start (embedded) after an end-to-end scenario', () => {
  let stop: (() => void) | undefined;
  afterAll(() => stop?.());

  it('has 40 or more families of its own, the new ones moved by their events', { timeout: 240_000 }, async () => {
    const hooks = await startWebhookReceiver();
    const admin = { user: 'admin', password: 'metrics-test-password' };
    stop = () => void hooks.close();
    const freeface = await startEmbedded('metrics', admin, {
      FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'true',
      FREEFACE_WEBHOOK_PORTS: String(hooks.port),
    });
    stop = () => {
      freeface.stop();
      void hooks.close();
    };
    const { api, grpcPort, output } = freeface;
    const login = (await (
      await fetch(`${api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: admin.user, password: admin.password }),
      })
    ).json()) as { data: { access_token: string } };
    const auth = { authorization: `Bearer ${login.data.access_token}`, 'content-type': 'application/json' };
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the JSON answers freely
    const post = async (path: string, body: unknown): Promise<{ status: number; data: any }> => {
      const response = await fetch(`${api}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
      return { status: response.status, data: ((await response.json()) as { data: unknown }).data };
    };
    const image = (path: string) => faceImage(path).toString('base64');

    const penny = await post('/faces/enroll', {
      external_id: 'penny',
      image_data: image('identities/penny/penny1.png'),
    });
    expect(penny.status, output()).toBe(201);
    const again = await post('/faces/enroll', {
      external_id: 'penny-2',
      image_data: image('identities/penny/penny2.png'),
    });
    expect(again.status).toBe(201);
    expect((await post('/faces/search', { image_data: image('identities/penny/penny2.png') })).status).toBe(200);
    expect((await post('/faces/recognize', { image_data: image('group/bbt1.jpg') })).status).toBe(200);
    expect((await post('/faces/detect', { image_data: image('group/bbt2.jpg') })).status).toBe(200);
    const verify = {
      image_data: image('identities/penny/penny1.png'),
      reference_image_data: image('identities/penny/penny2.png'),
    };
    expect((await post('/faces/verify', verify)).status).toBe(200);
    expect((await post('/faces/detect', { image_data: 'not an image' })).status).toBe(400);
    const merged = await post(`/persons/${penny.data.person_id}/merge`, { from_person_id: again.data.person_id });
    expect(merged.status).toBe(200);
    await enrollAsyncWithWebhook(api, admin, hooks);
    // the extractor's gRPC API, with an API key as any client would
    const key = await post('/api-keys', { name: 'metrics-grpc', role: 'viewer' });
    const extractor = new ExtractorClient({
      address: `127.0.0.1:${grpcPort}`,
      timeoutMs: 30_000,
      maxMessageBytes: 1 << 24,
      credential: { apiKey: key.data.key },
    });
    await extractor.extract(faceImage('identities/penny/penny1.png'));
    await extractor.extractBatch([{ id: 'a', image: faceImage('identities/penny/penny2.png') }]);
    extractor.close();

    const text = await (await fetch(`${api}/metrics/prometheus`, { headers: auth })).text();
    const own = [...families(text).keys()].filter((name) => name.startsWith('freeface_'));
    if (process.env.PRINT_METRICS) console.log(`${own.length} families:\n${own.join('\n')}`);
    expect(own.length, own.join('\n')).toBeGreaterThanOrEqual(40);
    const moved = families(text);
    for (const name of MOVED) expect(moved.get(name), name).toBeGreaterThan(0);
    // the stores, by backend
    expect(text).toMatch(/freeface_vectors_operations_total\{backend="hnsw",operation="index.upsert",outcome="ok"/);
  });
});
