// The files of one model's embedded index, under the vectors directory:
//   <model>.json           the sidecar: dimension, labels <-> face ids and person ids, and which graph file is current
//   <model>.<gen>.hnsw     the hnswlib graph written at save (snapshot) number <gen>
//   <model>.<gen>.log      the changes since that snapshot, appended as they happen (hnsw.change-log.ts)
// A snapshot writes a new graph file, then the sidecar naming it (to a temporary file renamed over the old
// one), then removes the previous graph and log. The sidecar's rename is the commit: a crash at any point
// leaves a sidecar, the graph it names and the log of the changes after it, all of the same generation.
import { randomUUID } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../private-files.js';

export const SIDECAR_FORMAT = 1;

/** label, face id, person id (null: no person) */
export type SidecarFace = [number, string, string | null];

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  model: string;
  dimension: number;
  space: 'cosine';
  generation: number;
  /** file name of the graph in the same directory */
  graph: string;
  nextLabel: number;
  faces: SidecarFace[];
}

export const sidecarPath = (dir: string, model: string): string => join(dir, `${model}.json`);
export const graphName = (model: string, generation: number): string => `${model}.${generation}.hnsw`;
export const logName = (model: string, generation: number): string => `${model}.${generation}.log`;

/** The sidecar of a model, or undefined when the model has no index yet. */
export async function readSidecar(dir: string, model: string): Promise<Sidecar | undefined> {
  const path = sidecarPath(dir, model);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const sidecar = JSON.parse(text) as Sidecar;
  if (sidecar.format !== SIDECAR_FORMAT || sidecar.model !== model || !Array.isArray(sidecar.faces)) {
    throw new Error(`${path}: not a FreeFace vector index sidecar of format ${SIDECAR_FORMAT} for model ${model}`);
  }
  return sidecar;
}

/** Flushes a file (or a directory's entries) to the disk, so a power cut after it loses nothing of it. */
export async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes to a temporary name in the same directory, flushes, then renames over the target (atomic on POSIX). */
export async function writeAtomically(path: string, data: string): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temporary, 'w', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes graph files, logs and temporaries of the model other than `keep` (left by a crash). */
export async function removeStaleFiles(dir: string, model: string, keep: readonly string[]): Promise<void> {
  const prefix = `${model}.`;
  const isOurs = (name: string) => {
    if (!name.startsWith(prefix)) return false;
    const rest = name.slice(prefix.length);
    return /^\d+\.(hnsw(\.[0-9a-f-]+\.tmp)?|log)$/.test(rest) || /^json\.[0-9a-f-]+\.tmp$/.test(rest);
  };
  const names = await readdir(dir);
  await Promise.all(names.filter((n) => !keep.includes(n) && isOurs(n)).map((n) => rm(join(dir, n), { force: true })));
}
