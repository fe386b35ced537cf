// npm run bench:scale [-- --faces 1000000] [-- --backends hnsw,milvus] [-- --ef-search 100,200,400]
// A million faces through the vector port: a seeded synthetic gallery (persons with several faces each, one
// person in ten unassigned) is inserted into the embedded HNSW index and into Milvus Lite (127.0.0.1:19530),
// then: insert rate, memory, save and load time, search p50/p99 at k=10 and recall@10 against brute force
// (on a sample of queries), filtered by person and by "unassigned", for each efSearch asked; and the
// recognize path's vector search (k=32, what POST /faces/recognize asks the index) at 10k faces against the
// full gallery, side by side. HNSW M and efConstruction come from the settings (FREEFACE_VECTOR_HNSW_*).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '@freeface/config';
import type { VectorFilter, VectorIndex, VectorStore } from '@freeface/storage';
import { loadAverage } from './api/bench-run.js';
import { fmt } from './api/report.js';
import { hnswBackend, milvusBackend, type ScaleBackend } from './scale/backends.js';
import { bruteForce, recall, SyntheticGallery, type Truth } from './scale/synthetic-gallery.js';
import { percentile, timeInTurns } from './timing.js';

const { values } = parseArgs({
  options: {
    faces: { type: 'string', default: '1000000' },
    backends: { type: 'string', default: 'hnsw,milvus' },
    'ef-search': { type: 'string' },
    queries: { type: 'string', default: '500' },
    'recall-queries': { type: 'string', default: '100' },
    'small-faces': { type: 'string', default: '10000' },
    dimension: { type: 'string', default: '128' },
    seed: { type: 'string', default: '1' },
  },
});
const config = loadConfig(process.env);
const FACES = Number(values.faces);
const DIMENSION = Number(values.dimension);
const QUERIES = Number(values.queries);
const RECALL_QUERIES = Math.min(QUERIES, Number(values['recall-queries']));
const SMALL = Math.min(FACES, Number(values['small-faces']));
const EF_SEARCH = (values['ef-search'] ?? String(config.vectors.hnswEfSearch)).split(',').map(Number);
const BATCH = 1000;
const K = 10;
const RECOGNIZE_K = 32;
const galleryOf = (faces: number) =>
  new SyntheticGallery({
    faces,
    dimension: DIMENSION,
    facesPerPerson: 5,
    unassignedEvery: 10,
    seed: Number(values.seed),
  });
const gallery = galleryOf(FACES);
const small = galleryOf(SMALL);

/** Queries: a new face of a seeded choice of persons; person filters ask for that person. */
const queryPersons = Array.from({ length: QUERIES }, (_, q) => (q * 7_368_787) % gallery.persons);
const queries = queryPersons.map((p, q) => gallery.query(p, q));

async function insertAll(index: VectorIndex, g: SyntheticGallery, report: boolean): Promise<number> {
  const started = performance.now();
  let lastReport = started;
  for (let i = 0; i < g.options.faces; i += BATCH) {
    const records = [];
    for (let j = i; j < Math.min(g.options.faces, i + BATCH); j++) records.push(g.face(j));
    await index.upsert(records);
    if (report && performance.now() - lastReport > 60_000) {
      lastReport = performance.now();
      const rate = (i + BATCH) / ((lastReport - started) / 1000);
      console.log(`  ${i + BATCH} faces in, ${fmt(rate, 0)}/s`);
    }
  }
  return g.options.faces / ((performance.now() - started) / 1000);
}

async function searchAll(
  index: VectorIndex,
  vectors: readonly Float32Array[],
  k: number,
  filter: (q: number) => VectorFilter,
) {
  const ms: number[] = [];
  const found = [];
  for (let q = 0; q < vectors.length; q++) {
    const started = performance.now();
    found.push(await index.search(vectors[q] as Float32Array, k, filter(q)));
    ms.push(performance.now() - started);
  }
  return { ms, found };
}

interface Truths {
  all: Truth[][];
  person: Truth[][];
  unassigned: Truth[][];
}

function truths(): Truths {
  const sample = queries.slice(0, RECALL_QUERIES);
  const started = performance.now();
  const [all, unassigned] = bruteForce(gallery, sample, K, [() => true, (f) => f.personId === undefined]) as [
    Truth[][],
    Truth[][],
  ];
  // person filters: the faces of each query's person are the candidates (persons sit in consecutive faces)
  const person = sample.map((query, q) => {
    const p = queryPersons[q] as number;
    const scored: Truth[] = [];
    for (let i = p * 5; i < Math.min(FACES, p * 5 + 5); i++) {
      const face = gallery.face(i);
      let dot = 0;
      for (let d = 0; d < DIMENSION; d++) dot += (query[d] as number) * (face.vector[d] as number);
      scored.push({ faceId: face.faceId, similarity: dot });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, K);
  });
  console.log(
    `brute force over ${FACES} faces for ${RECALL_QUERIES} queries: ${fmt((performance.now() - started) / 1000)} s`,
  );
  return { all, person, unassigned };
}

const row = (cells: (string | number)[]) => console.log(`  ${cells.map(String).join(' | ')}`);

async function searchFigures(store: VectorStore, model: string, ef: number, truth: Truths): Promise<void> {
  const index = await store.index(model, DIMENSION);
  // a person filter asks for the query's own person; for a person of no id (unassigned faces) it asks for those
  const personOf = (q: number) => gallery.personId(queryPersons[q] as number);
  const kinds: [string, (q: number) => VectorFilter, (q: number) => Truth[]][] = [
    ['all', () => ({ kind: 'all' }), (q) => truth.all[q] as Truth[]],
    [
      'person',
      (q) => {
        const personId = personOf(q);
        return personId === undefined ? { kind: 'unassigned' } : { kind: 'person', personId };
      },
      (q) => (personOf(q) === undefined ? truth.unassigned[q] : truth.person[q]) as Truth[],
    ],
    ['unassigned', () => ({ kind: 'unassigned' }), (q) => truth.unassigned[q] as Truth[]],
  ];
  for (const [kind, filter, exact] of kinds) {
    const { ms, found } = await searchAll(index, queries, K, filter);
    const expected = Array.from({ length: RECALL_QUERIES }, (_, q) => exact(q));
    row([
      `ef ${ef}`,
      kind,
      fmt(percentile(ms, 50), 2),
      fmt(percentile(ms, 99), 2),
      fmt(recall(found.slice(0, RECALL_QUERIES), expected), 3),
    ]);
  }
}

async function runBackend(backend: ScaleBackend, truth: Truths): Promise<void> {
  console.log(
    `\n== ${backend.name}: ${FACES} faces, ${DIMENSION}-d, M ${config.vectors.hnswM}, efConstruction ${config.vectors.hnswEfConstruction}`,
  );
  const model = `scale-${randomBytes(3).toString('hex')}`;
  const smallModel = `${model}-small`;
  const rssBefore = backend.rssMb();
  let store = await backend.open(EF_SEARCH[0] as number);
  const rate = await insertAll(await store.index(model, DIMENSION), gallery, true);
  const rssAfter = backend.rssMb();
  console.log(
    `insert: ${fmt(rate, 0)} faces/s (${fmt(FACES / rate / 60, 1)} min); memory ${fmt(rssBefore, 0)} -> ${fmt(rssAfter, 0)} MB RSS`,
  );
  const smallRate = await insertAll(await store.index(smallModel, DIMENSION), small, false);
  console.log(`insert of the ${SMALL}-face gallery: ${fmt(smallRate, 0)} faces/s`);
  let started = performance.now();
  const how = await backend.settle(store, model);
  await backend.settle(await backend.open(EF_SEARCH[0] as number), smallModel).catch(() => {});
  console.log(`save (${how}): ${fmt((performance.now() - started) / 1000, 1)} s`);
  console.log('  efSearch | filter | p50 ms | p99 ms | recall@10');
  for (const ef of EF_SEARCH) {
    started = performance.now();
    store = await backend.reload(model, ef);
    const loadS = (performance.now() - started) / 1000;
    console.log(`  load with efSearch ${ef}: ${fmt(loadS, 1)} s, memory ${fmt(backend.rssMb(), 0)} MB RSS`);
    await searchFigures(store, model, ef, truth);
    if (ef === EF_SEARCH[EF_SEARCH.length - 1]) await recognizeFigures(store, model, smallModel);
    await store.close();
  }
}

/** The recognize path's vector search at 10k faces and at the full gallery, taking turns. */
async function recognizeFigures(store: VectorStore, model: string, smallModel: string): Promise<void> {
  const [big, little] = [await store.index(model, DIMENSION), await store.index(smallModel, DIMENSION)];
  const smallQueries = queryPersons.map((_, q) => small.query(q % small.persons, q));
  let n = 0;
  const times = await timeInTurns(
    {
      small: () => little.search(smallQueries[n % smallQueries.length] as Float32Array, RECOGNIZE_K),
      full: () => big.search(queries[n++ % queries.length] as Float32Array, RECOGNIZE_K),
    },
    QUERIES,
  );
  const [s50, f50] = [percentile(times.small, 50), percentile(times.full, 50)];
  console.log(
    `recognize's vector search (k=${RECOGNIZE_K}): ${SMALL} faces p50 ${fmt(s50, 2)} / p99 ${fmt(percentile(times.small, 99), 2)} ms; ` +
      `${FACES} faces p50 ${fmt(f50, 2)} / p99 ${fmt(percentile(times.full, 99), 2)} ms; difference p50 ${fmt(f50 - s50, 2)} ms (target <= 5), ratio ${fmt(f50 / s50, 2)}x`,
  );
}

console.log(`load average before: ${loadAverage()} (2 cores here are shared)`);
const truth = truths();
const chosen = values.backends.split(',');
for (const name of chosen) {
  const backend =
    name === 'milvus'
      ? milvusBackend(config, DIMENSION, `bench_scale_${randomBytes(3).toString('hex')}`)
      : hnswBackend(config, DIMENSION);
  try {
    await runBackend(backend, truth);
  } finally {
    await backend.cleanUp();
  }
}
console.log(`\nload average after: ${loadAverage()}`);
