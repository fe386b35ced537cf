// The "Done when" of face-cluster (issue 6): the 40 identity crops of ../shared/data/faces and the 7
// strangers go through enroll_async WITHOUT person ids; face-cluster, with auto_associate, must give the
// eight identities eight persons (BCubed F-measure >= 0.95, printed) and leave every stranger alone.
// The same scenario runs embedded and against the real backends.
import { readdirSync } from 'node:fs';
import { bcubed } from '@freeface/domain';
import type { ClusterList } from '@freeface/rpc';
import { FACES_DIR, faceLabels, shuffled } from '@freeface/testing';
import { expect } from 'vitest';
import { apiCaller, b64 } from '../../packages/api/src/testing/api-client.js';
import type { TestApi } from '../../packages/api/src/testing/test-api.js';

/** Settings of the scenario: a cluster of two faces is already a person; strangers are clusters of one. */
export const CLUSTERING_ENV = { FREEFACE_CLUSTER_MIN_FACES: '2', FREEFACE_CLUSTER_AUTO_ASSOCIATE: 'true' };

interface Item {
  file: string;
  /** the identity, or the stranger's own file name */
  label: string;
  stranger: boolean;
}

function items(): Item[] {
  const identities = Object.entries(faceLabels().identities).flatMap(([name, files]) =>
    files.map((file) => ({ file, label: name, stranger: false })),
  );
  const strangers = readdirSync(`${FACES_DIR}strangers`)
    .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
    .sort()
    .map((f) => ({ file: `strangers/${f}`, label: `stranger:${f}`, stranger: true }));
  return [...identities, ...strangers];
}

export interface ClusteringResult {
  /** over the 40 identity crops */
  readonly identities: { precision: number; recall: number; f: number };
  /** over all 47 faces, each stranger an identity of its own */
  readonly all: { precision: number; recall: number; f: number };
  readonly persons: number;
  /** every face enrolled (for the clean-up of shared backends) */
  readonly faceIds: string[];
}

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: not done after ${ms} ms (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Runs the scenario on a fresh API whose clustering consumes its face events; `clusters()` reads the clusters
 * (in process, or from face-cluster over gRPC).
 */
export async function runClusteringScenario(
  api: TestApi,
  clusters: () => Promise<ClusterList>,
): Promise<ClusteringResult> {
  const call = apiCaller(api.app, await api.headersFor('operator'));
  const all = shuffled(items(), 7); // an order that is not the folders'
  const jobs = new Map<string, Item>();
  for (const item of all) {
    const answer = await call('POST', '/faces/enroll_async', { image_data: b64(item.file) });
    expect(answer.status, `${item.file}: ${JSON.stringify(answer.body)}`).toBe(202);
    expect(answer.body.data.person_id).toBeNull();
    jobs.set(answer.body.data.job_id, item);
  }

  const faceOf = new Map<string, Item>();
  for (const [jobId, item] of jobs) {
    const job = await poll(
      `job of ${item.file}`,
      async () => (await call('GET', `/faces/enroll/status/${jobId}`)).body.data,
      (j) => j.status === 'completed' || j.status === 'failed',
      120_000,
    );
    expect(job.status, `${item.file}: ${JSON.stringify(job.error)}`).toBe('completed');
    expect(job.face_ids, item.file).toHaveLength(1);
    faceOf.set(job.face_ids[0], item);
  }

  // every face in a cluster: the consumer has handled every face.enrolled
  const list = await poll(
    'clustering of every face',
    clusters,
    (l) => l.clusters.flatMap((c) => c.faceIds).filter((id) => faceOf.has(id)).length === faceOf.size,
    120_000,
  );

  const personOf = new Map<string, string | null>();
  for (const faceId of faceOf.keys()) personOf.set(faceId, (await call('GET', `/faces/${faceId}`)).body.data.person_id);
  const labelled = [...faceOf].map(([faceId, item]) => ({
    cluster: personOf.get(faceId) ?? `alone:${faceId}`,
    label: item.label,
    stranger: item.stranger,
  }));
  const identities = bcubed(labelled.filter((x) => !x.stranger));
  const everyone = bcubed(labelled);
  const persons = (await call('GET', '/persons?limit=100')).body.data.persons.length;
  console.log(
    `face clustering of ${faceOf.size} faces (40 identity crops, ${faceOf.size - 40} strangers): ${persons} persons; ` +
      `BCubed over the identities P ${identities.precision.toFixed(3)} R ${identities.recall.toFixed(3)} ` +
      `F ${identities.f.toFixed(3)}; over all faces F ${everyone.f.toFixed(3)}`,
  );

  // each stranger: no person, and a cluster of its own
  const clusterOfFace = new Map(list.clusters.flatMap((c) => c.faceIds.map((id) => [id, c] as const)));
  for (const [faceId, item] of faceOf) {
    if (!item.stranger) continue;
    expect(personOf.get(faceId), `${item.file} made a person`).toBeNull();
    expect(clusterOfFace.get(faceId)?.faceIds, `${item.file} does not stand alone`).toEqual([faceId]);
  }
  return { identities, all: everyone, persons, faceIds: [...faceOf.keys()] };
}
