// A crowd of made-up enrolled faces for the API benchmark's search over 10k faces, written straight into the
// embedded stores (persons, faces, one image record, vectors) before the server opens them: enrolling 10k real
// images over HTTP would take longer than the whole benchmark may. The vectors are drawn to look like real
// embeddings, not uniform noise: each person a centre around the mean of the real embeddings (spread as the
// real identities' centres spread, per dimension), each face its centre plus the real within-person spread,
// L2-normalised. So the HNSW graph sees clustered data of the real shape, as it would in production.
import { createHash, randomUUID } from 'node:crypto';
import type { Face, Person } from '@freeface/domain';
import type { Storage } from '@freeface/storage';

export interface CrowdShape {
  /** per dimension: the mean of every real embedding */
  mean: Float64Array;
  /** per dimension: standard deviation of the identities' centres */
  between: Float64Array;
  /** per dimension: standard deviation of faces around their identity's centre */
  within: Float64Array;
}

/** The shape of real embeddings, grouped by identity (each group: the embeddings of one person). */
export function crowdShape(groups: ReadonlyArray<ReadonlyArray<Float32Array>>): CrowdShape {
  const dimension = groups[0]?.[0]?.length ?? 0;
  const centres = groups.map((g) => meanOf(g, dimension));
  const mean = meanOf(centres, dimension);
  const between = new Float64Array(dimension);
  const within = new Float64Array(dimension);
  let faces = 0;
  groups.forEach((group, k) => {
    const centre = centres[k] as Float64Array;
    for (let d = 0; d < dimension; d++)
      between[d] = (between[d] as number) + ((centre[d] as number) - (mean[d] as number)) ** 2;
    for (const v of group) {
      faces++;
      for (let d = 0; d < dimension; d++)
        within[d] = (within[d] as number) + ((v[d] as number) - (centre[d] as number)) ** 2;
    }
  });
  for (let d = 0; d < dimension; d++) {
    between[d] = Math.sqrt((between[d] as number) / Math.max(1, centres.length - 1));
    within[d] = Math.sqrt((within[d] as number) / Math.max(1, faces - centres.length));
  }
  return { mean, between, within };
}

function meanOf(vectors: ReadonlyArray<ArrayLike<number>>, dimension: number): Float64Array {
  const sum = new Float64Array(dimension);
  for (const v of vectors) for (let d = 0; d < dimension; d++) sum[d] = (sum[d] as number) + (v[d] as number);
  return sum.map((x) => x / Math.max(1, vectors.length));
}

/** Seeded standard normal numbers (mulberry32 + Box-Muller): the same crowd every run. */
function normals(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297; // (0, 1)
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

function normalised(v: Float64Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return Float32Array.from(v, (x) => x / norm);
}

export interface CrowdOptions {
  persons: number;
  facesPerPerson: number;
  /** embedding model id: the vector index and every face's model */
  model: string;
  shape: CrowdShape;
  seed?: number;
}

const VECTOR_BATCH = 1000;

/** Writes the crowd into the opened stores; returns how many faces. The stores are the caller's to close. */
export async function seedCrowd(storage: Storage, options: CrowdOptions): Promise<number> {
  const { persons, facesPerPerson, model, shape } = options;
  const dimension = shape.mean.length;
  const gauss = normals(options.seed ?? 20240611);
  const index = await storage.vectors.index(model, dimension);
  const now = new Date();
  // one made-up image record for every made-up face (its bytes are never read)
  const imageId = createHash('sha256').update('freeface bench synthetic crowd').digest('hex');
  await storage.metadata.images.put({
    id: imageId,
    contentType: 'image/png',
    width: 150,
    height: 150,
    bytes: 0,
    createdAt: now,
  });

  let pending: Array<{ faceId: string; personId: string; vector: Float32Array }> = [];
  for (let p = 0; p < persons; p++) {
    const person: Person = {
      id: randomUUID(),
      externalId: `bench-${p}`,
      name: `Synthetic ${p}`,
      metadata: { synthetic: true },
      createdAt: now,
      updatedAt: now,
    };
    await storage.metadata.persons.create(person);
    const centre = shape.mean.map((m, d) => m + (shape.between[d] as number) * gauss());
    for (let f = 0; f < facesPerPerson; f++) {
      const face: Face = {
        id: randomUUID(),
        personId: person.id,
        imageId,
        model,
        box: { x: 0, y: 0, width: 150, height: 150 },
        detectionScore: 0.99,
        quality: 0.9,
        createdAt: now,
      };
      await storage.metadata.faces.put(face);
      pending.push({
        faceId: face.id,
        personId: person.id,
        vector: normalised(centre.map((c, d) => c + (shape.within[d] as number) * gauss())),
      });
      if (pending.length >= VECTOR_BATCH) {
        await index.upsert(pending);
        pending = [];
      }
    }
  }
  if (pending.length > 0) await index.upsert(pending);
  return index.count();
}
