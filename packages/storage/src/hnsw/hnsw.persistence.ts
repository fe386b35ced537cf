// Creating, loading and snapshotting one model's hnswlib graph together with its sidecar (see hnsw.files.ts
// for the file layout and why a crash never pairs a graph with the wrong sidecar or log).
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { PRIVATE_FILE_MODE } from '../private-files.js';
import {
  graphName,
  logName,
  readSidecar,
  removeStaleFiles,
  SIDECAR_FORMAT,
  type Sidecar,
  sidecarPath,
  syncPath,
  writeAtomically,
} from './hnsw.files.js';

export type HnswGraph = InstanceType<typeof hnswlib.HierarchicalNSW>;

export interface HnswSettings {
  /** the vectors directory: one sidecar and one graph file per model */
  dir: string;
  /** graph links per node (hnswlib's M) */
  m: number;
  efConstruction: number;
  /** candidates kept while searching; raised to k when k is larger */
  efSearch: number;
  /** filtered searches over at most this many faces are scored exactly instead of walking the graph */
  exactSearchBelow: number;
  /** a delete is snapshotted at most this long after it, so its embedding leaves the log (negative: only on close) */
  saveDelayMs: number;
  /** changes in the log that call for a snapshot (taken once at most a tenth of the time goes to snapshots) */
  snapshotChanges: number;
  /** longest a change waits in the log for a snapshot (negative: only on close, after snapshotChanges or a delete) */
  snapshotMs: number;
  /** room the graph starts with; it doubles when full */
  initialCapacity: number;
}

export type SavedIndex = Omit<Sidecar, 'format' | 'space' | 'graph'>;

export function newGraph(settings: HnswSettings, dimension: number): HnswGraph {
  const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
  graph.initIndex({
    maxElements: settings.initialCapacity,
    m: settings.m,
    efConstruction: settings.efConstruction,
    allowReplaceDeleted: true,
  });
  graph.setEf(settings.efSearch);
  return graph;
}

/** The saved graph and sidecar of a model, or undefined when it has none yet. */
export async function loadGraph(
  settings: HnswSettings,
  model: string,
): Promise<{ graph: HnswGraph; sidecar: Sidecar } | undefined> {
  const sidecar = await readSidecar(settings.dir, model);
  if (!sidecar) return undefined;
  const graph = new hnswlib.HierarchicalNSW('cosine', sidecar.dimension);
  await graph.readIndex(join(settings.dir, sidecar.graph), true);
  graph.setEf(settings.efSearch);
  if (graph.getNumDimensions() !== sidecar.dimension) {
    throw new Error(`${sidecar.graph}: ${graph.getNumDimensions()} dimensions, its sidecar says ${sidecar.dimension}`);
  }
  await removeStaleFiles(settings.dir, model, [sidecar.graph, logName(model, sidecar.generation)]);
  return { graph, sidecar };
}

/**
 * Writes the graph under the next generation's name, then commits by replacing the sidecar, then
 * removes the previous graph and its log (whose changes the new graph holds). Returns the new generation. The caller makes sure nothing changes the
 * graph meanwhile (hnswlib writes it from a worker thread).
 */
export async function saveIndex(settings: HnswSettings, index: SavedIndex, graph: HnswGraph): Promise<number> {
  const generation = index.generation + 1;
  const name = graphName(index.model, generation);
  const path = join(settings.dir, name);
  try {
    await graph.writeIndex(path);
    await chmod(path, PRIVATE_FILE_MODE); // hnswlib creates it with the umask's mode
    await syncPath(path);
    const sidecar: Sidecar = { format: SIDECAR_FORMAT, space: 'cosine', ...index, generation, graph: name };
    await writeAtomically(sidecarPath(settings.dir, index.model), JSON.stringify(sidecar));
  } catch (error) {
    // not committed: the previous sidecar and graph stay in force
    await rm(path, { force: true });
    throw error;
  }
  await syncPath(settings.dir);
  if (index.generation > 0) {
    await rm(join(settings.dir, graphName(index.model, index.generation)), { force: true });
    await rm(join(settings.dir, logName(index.model, index.generation)), { force: true });
  }
  return generation;
}
